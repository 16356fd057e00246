package org.claimtracker.editor;

import org.claimtracker.article.ArticleText;
import org.jspecify.annotations.Nullable;

/**
 * Words an editor selected or typed, as the body stores them: line breaks as LF (browsers
 * send CRLF), without the white space around them that a selection picks up (a
 * triple-clicked paragraph ends with its line break), the positions moved in to match
 * when there are any.
 */
record Selection(@Nullable String exact, @Nullable Integer start, @Nullable Integer end) {

	static Selection of(@Nullable String exact, @Nullable Integer start, @Nullable Integer end) {
		if (exact == null) {
			return new Selection(null, start, end);
		}
		String words = ArticleText.withLineFeeds(exact);
		String trimmed = words.strip();
		if (trimmed.isEmpty()) {
			return new Selection(trimmed, start, end);
		}
		int leading = words.indexOf(trimmed);
		int trailing = words.length() - leading - trimmed.length();
		return new Selection(trimmed, (start != null) ? start + leading : null, (end != null) ? end - trailing : null);
	}

}
