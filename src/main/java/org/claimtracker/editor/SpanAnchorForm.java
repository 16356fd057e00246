package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.claimtracker.article.ArticleText;
import org.jspecify.annotations.Nullable;

/**
 * Marks a flagged quote's or appearance's words again: the browser's selectors of a selection, or
 * the exact words typed; {@code version} is the version the editor saw.
 */
record SpanAnchorForm(@NotBlank @Size(max = 20_000) @Nullable String exact, @Nullable Integer start,
		@Nullable Integer end, @NotNull @Nullable Integer version) {

	/** Browsers send a selection's line breaks as CRLF; the body stores LF, so read them as LF. */
	SpanAnchorForm {
		exact = (exact != null) ? ArticleText.withLineFeeds(exact) : null;
	}

	boolean hasSelectors() {
		return this.start != null && this.end != null;
	}

}
