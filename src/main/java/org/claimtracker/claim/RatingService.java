package org.claimtracker.claim;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.common.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of claims, apart from their evidence: the newsroom's own, one per claim, on its
 * configured scale, written and revised by editors and published with the claim; and
 * those imported from outside checkers, shown as they came.
 */
@Service
public class RatingService {

	private final ClaimRatingRepository ratings;

	private final ClaimRepository claims;

	private final RatingScale scale;

	RatingService(ClaimRatingRepository ratings, ClaimRepository claims, RatingScale scale) {
		this.ratings = ratings;
		this.claims = claims;
		this.scale = scale;
	}

	/** The names the newsroom rates by, best first. */
	public List<String> scale() {
		return this.scale.names();
	}

	/** The newsroom's rating of the claim, if it has one the asker may see. */
	@Transactional(readOnly = true)
	public Optional<RatingView> newsroomRating(long claimId) {
		return this.ratings.findVisible(claimId, Visibility.current())
			.stream()
			.filter(ClaimRating::isNewsroom)
			.findFirst()
			.map(RatingView::from);
	}

	/** Every rating of the claim the asker may see, the newsroom's first. */
	@Transactional(readOnly = true)
	public List<RatingView> ratingsOf(long claimId) {
		return this.ratings.findVisible(claimId, Visibility.current()).stream().map(RatingView::from).toList();
	}

	/**
	 * Rates the claim, or rates it anew, from the version of its rating the editor saw
	 * (null when it had none): a rating saved since means someone else rated first, and
	 * nothing changes. A new rating is a draft until the claim is published. Answers the
	 * rating's version.
	 */
	@Transactional
	public int rate(long claimId, @Nullable Integer version, String name, String rationale) {
		String rated = this.scale.find(name)
			.orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not on the rating scale"));
		this.claims.findForRating(claimId).orElseThrow(() -> new ClaimNotFoundException("claim", claimId));
		Optional<ClaimRating> held = this.ratings.findNewsroom(claimId);
		if (held.isPresent() && (version == null || held.get().getVersion() != version)) {
			throw new StaleEditException("rating", RatingView.from(held.get()));
		}
		ClaimRating rating = held.orElseGet(() -> ClaimRating.newsroom(claimId));
		rating.rate(rated, rationale.strip(), CurrentEditor.name(), Instant.now());
		rating = this.ratings.saveAndFlush(rating);
		return rating.getVersion();
	}

	/** Publishes the claim's ratings with it, in the transaction that publishes it. */
	void publishOf(long claimId) {
		this.ratings.findAllByClaimId(claimId).forEach((r) -> r.setStatus(Publication.PUBLISHED));
	}

	/** Deletes the claim's ratings with it; their history keeps them. */
	void deleteOf(long claimId) {
		this.ratings.deleteAll(this.ratings.findAllByClaimId(claimId));
	}

}
