package org.claimtracker.claim;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a claim and when, and who last changed it and when, as the editors' accounts
 * recorded it.
 */
public record ClaimByline(@Nullable String writtenBy, Instant writtenAt, @Nullable String changedBy,
		Instant changedAt) {

	static ClaimByline from(Claim claim) {
		return new ClaimByline(claim.getCreatedBy(), claim.getCreatedAt(), claim.getUpdatedBy(), claim.getUpdatedAt());
	}

	/**
	 * Whether it was changed after it was written: saving it again in the same second is
	 * not.
	 */
	public boolean changed() {
		return this.changedAt.getEpochSecond() > this.writtenAt.getEpochSecond();
	}

}
