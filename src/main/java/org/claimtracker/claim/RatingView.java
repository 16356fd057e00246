package org.claimtracker.claim;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rating as pages show it: the newsroom's (no checker) with its rationale, who rated
 * and when; an imported one with its checker, its own scale and its review.
 */
public record RatingView(long id, long claimId, @Nullable String name, @Nullable String value, @Nullable String best,
		@Nullable String worst, @Nullable String checker, @Nullable String reviewUrl, @Nullable LocalDate reviewedOn,
		@Nullable String rationale, @Nullable String ratedBy, @Nullable Instant ratedAt, int version, boolean draft) {

	static RatingView from(ClaimRating rating) {
		return new RatingView(rating.getId(), rating.getClaimId(), rating.getName(), rating.getValue(),
				rating.getBest(), rating.getWorst(), rating.getChecker(), rating.getReviewUrl(), rating.getReviewedOn(),
				rating.getRationale(), rating.getRatedBy(), rating.getRatedAt(), rating.getVersion(),
				!rating.isPublished());
	}

	public boolean newsroom() {
		return this.checker == null;
	}

	/** The review's address if it is a web page's; none for anything else. */
	public @Nullable String reviewLink() {
		return (this.reviewUrl != null && this.reviewUrl.matches("(?i)https?://\\S+")) ? this.reviewUrl : null;
	}

	/** Whether the checker rated in numbers: "2 of 5". */
	public boolean numeric() {
		return this.value != null && this.best != null;
	}

}
