package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Marks a flagged quote's or appearance's words again: the browser's selectors of a
 * selection, or the exact words typed; {@code version} is the version the editor saw.
 */
record SpanAnchorForm(@NotBlank @Size(max = 20_000) @Nullable String exact, @Nullable Integer start,
		@Nullable Integer end, @NotNull @Nullable Integer version) {

	/** The words as the body stores them (see {@link Selection}). */
	SpanAnchorForm {
		Selection selection = Selection.of(exact, start, end);
		exact = selection.exact();
		start = selection.start();
		end = selection.end();
	}

	boolean hasSelectors() {
		return this.start != null && this.end != null;
	}

}
