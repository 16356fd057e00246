package org.claimtracker.claim;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the claim list to, and how it is ordered; every part is optional.
 * Words are those of the statement, found as quote search finds them.
 */
public record ClaimFilter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subjectId,
		@Nullable String words, @Nullable ClaimSort sort) {

	public static final ClaimFilter NONE = new ClaimFilter(null, null, null);

	public ClaimFilter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subjectId) {
		this(topic, kind, subjectId, null, null);
	}

	/** The order in force: as asked, else the best match for words, else as written. */
	public ClaimSort effectiveSort() {
		if (this.sort != null && (this.sort != ClaimSort.RELEVANCE || this.words != null)) {
			return this.sort;
		}
		return (this.words != null) ? ClaimSort.RELEVANCE : ClaimSort.WRITTEN;
	}

	/** Whether the list needs the statement's words or an order of its own. */
	boolean searches() {
		return this.words != null || this.sort != null;
	}

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
		if (this.words != null) {
			parameters.add("q=" + URLEncoder.encode(this.words, StandardCharsets.UTF_8));
		}
		if (this.sort != null) {
			parameters.add("sort=" + this.sort.name().toLowerCase(Locale.ROOT));
		}
		if (page > 1) {
			parameters.add("page=" + page);
		}
		return parameters.toString();
	}

}
