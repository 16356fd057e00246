package org.claimtracker.quote;

/**
 * Whether a span was found in the current body, or needs an editor after a correction.
 */
public enum AnchorState {

	ANCHORED, NEEDS_REVIEW

}
