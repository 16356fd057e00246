package org.claimtracker.quote;

import org.jspecify.annotations.Nullable;

/**
 * Words marked in an article's body (a quote, a claim appearance), which a correction
 * places again.
 */
public interface Anchored {

	@Nullable Long getId();

	TextAnchor getAnchor();

	AnchorState getAnchorState();

	/** Anchors the words at a span of the article's current body. */
	void anchorAt(TextAnchor anchor);

	/**
	 * Keeps the old anchor, marked for an editor to place again: a correction lost the
	 * words.
	 */
	void flagForReview();

}
