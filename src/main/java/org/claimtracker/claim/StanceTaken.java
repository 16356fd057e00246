package org.claimtracker.claim;

import java.time.LocalDate;

/**
 * One stance a person took on a claim: a quote of theirs, dated when the words were said
 * or else when they were reported, that supports or contradicts it.
 */
public record StanceTaken(long quoteId, long claimId, String claim, Stance stance, LocalDate on) {

	public boolean supports() {
		return this.stance == Stance.SUPPORTS;
	}

}
