package org.claimtracker.quote;

import org.jspecify.annotations.Nullable;

/**
 * Where a correction of an article left a marked span: placed in the new text, or left
 * for an editor.
 */
public sealed interface Placement permits Placement.Placed, Placement.NeedsReview {

	/** How a span was found again. */
	enum How {

		/** The exact words at the same place. */
		UNCHANGED,
		/** The exact words, where the diff put them or nearby. */
		MOVED,
		/** Words alike enough, where the span or its context used to be. */
		FUZZY

	}

	/** Why a span was not placed. */
	enum Reason {

		/** Nothing near its old place resembles it. */
		DELETED,
		/** Something near its old place resembles it, but not enough to be sure. */
		REWRITTEN,
		/**
		 * Its words are gone; the same or alike words near them are another span's, left
		 * in place.
		 */
		TAKEN,
		/** The corrected text is empty. */
		EMPTY_TEXT

	}

	/**
	 * The span's anchor in the new text; {@code similarity} of its words to the old ones,
	 * 1 when equal.
	 */
	record Placed(TextAnchor anchor, How how, double similarity) implements Placement {

	}

	/**
	 * The old anchor stays; {@code best} is the closest text found, if any, for the
	 * editor to consider.
	 */
	record NeedsReview(Reason reason, @Nullable TextAnchor best, double similarity) implements Placement {

	}

}
