package org.claimtracker.claim;

/**
 * How many quotes support a claim and how many contradict it: what has been linked, not a
 * rating of the claim.
 */
public record Balance(long supports, long contradicts) {

	public long total() {
		return this.supports + this.contradicts;
	}

}
