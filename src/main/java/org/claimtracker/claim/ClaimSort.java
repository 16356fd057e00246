package org.claimtracker.claim;

/**
 * How the claim list is ordered: as written (the oldest first), best match for the words
 * asked, most evidence first, newest first, or most recently rated first.
 */
public enum ClaimSort {

	WRITTEN, RELEVANCE, EVIDENCE, NEWEST, RATED

}
