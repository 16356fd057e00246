package org.claimtracker.claim;

/**
 * A change of position: a person's later quote takes the other stance on a claim than
 * their quote just before it on that claim did.
 */
public record PositionChange(StanceTaken before, StanceTaken after) {

	public long claimId() {
		return this.after.claimId();
	}

	/** Whether both quotes are dated the same day. */
	public boolean sameDay() {
		return this.before.on().equals(this.after.on());
	}

}
