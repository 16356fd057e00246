package org.claimtracker.extraction;

import org.jspecify.annotations.Nullable;

/**
 * Who said it: the words the article uses ({@code asWritten}: "Schumer", "he", "an
 * aide"), the person's full name when the article or the known people give it, and the
 * known person's id. An unnamed source has no name and is flagged as such rather than
 * guessed.
 */
public record Speaker(String asWritten, @Nullable String name, @Nullable Long personId, boolean unnamed) {

	static Speaker unknown() {
		return new Speaker("", null, null, false);
	}

	static Speaker unnamed(String asWritten) {
		return new Speaker(asWritten, null, null, true);
	}

	boolean isKnown() {
		return this.name != null || this.unnamed;
	}

}
