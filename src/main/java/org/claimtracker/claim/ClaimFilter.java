package org.claimtracker.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/** What a reader narrows the claim list to; every part is optional. */
public record ClaimFilter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subjectId) {

	public static final ClaimFilter NONE = new ClaimFilter(null, null, null);

	/**
	 * The address of one page of the list narrowed this way: only the parts set, no page
	 * number for the first.
	 */
	public String pageHref(String path, int page) {
		StringJoiner parameters = new StringJoiner("&", path + "?", "").setEmptyValue(path);
		if (this.topic != null) {
			parameters.add("topic=" + URLEncoder.encode(this.topic, StandardCharsets.UTF_8));
		}
		if (this.kind != null) {
			parameters.add("kind=" + this.kind.name());
		}
		if (this.subjectId != null) {
			parameters.add("subject=" + this.subjectId);
		}
		if (page > 1) {
			parameters.add("page=" + page);
		}
		return parameters.toString();
	}

}
