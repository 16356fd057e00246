package org.claimtracker.claim;

/** How many quotes support a claim and how many contradict it. */
public record Balance(long supports, long contradicts) {

	public long total() {
		return this.supports + this.contradicts;
	}

	/** The supporting share in whole percent, 0 when there is no evidence. */
	public int supportsPercent() {
		return (total() == 0) ? 0 : (int) Math.round(100.0 * this.supports / total());
	}

}
