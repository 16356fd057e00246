package org.claimtracker.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimtracker.common.Publication;
import org.claimtracker.common.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the claim reviews are made of, for one claim or for the feed of every published
 * rated claim; {@link ClaimReviews} writes them.
 */
@Service
public class ClaimReviewService {

	private final ClaimRepository claims;

	private final ClaimRatingRepository ratings;

	private final ClaimAppearanceRepository appearances;

	private final RatingScale scale;

	private final JdbcClient jdbc;

	ClaimReviewService(ClaimRepository claims, ClaimRatingRepository ratings, ClaimAppearanceRepository appearances,
			RatingScale scale, JdbcClient jdbc) {
		this.claims = claims;
		this.ratings = ratings;
		this.appearances = appearances;
		this.scale = scale;
		this.jdbc = jdbc;
	}

	/**
	 * A claim with the newsroom's rating (none if it has not rated it) and where it
	 * appeared.
	 */
	public record Reviewed(ClaimView claim, @Nullable RatingView rating, List<AppearanceView> appearances) {

		/** Whether the newsroom published a rating of the claim. */
		public boolean rated() {
			return ClaimReviews.rated(this.claim, this.rating);
		}

		/** The claim's review on the site at {@code site}; null when it is not rated. */
		public @Nullable Map<String, Object> review(List<String> scale, String site) {
			return ClaimReviews.of(this.claim, this.rating, this.appearances, scale, site);
		}

	}

	/**
	 * Every published claim the newsroom published a rating of, oldest claim first, and
	 * when any of it last changed.
	 */
	public record Feed(List<Reviewed> claims, Instant modified) {

	}

	/** The names the reviews rate by, best first. */
	public List<String> scale() {
		return this.scale.names();
	}

	/** The claim as the asker may see it, with the newsroom's rating and appearances. */
	@Transactional(readOnly = true)
	public Reviewed claim(long id) {
		Collection<Publication> visible = Visibility.current();
		Claim claim = this.claims.findPublished(id, visible).orElseThrow(() -> new ClaimNotFoundException("claim", id));
		RatingView rating = this.ratings.findVisible(id, visible)
			.stream()
			.filter(ClaimRating::isNewsroom)
			.findFirst()
			.map(RatingView::from)
			.orElse(null);
		return new Reviewed(ClaimView.from(claim), rating,
				this.appearances.findByClaim(id, visible).stream().map(AppearanceView::from).toList());
	}

	/**
	 * The feed's claims, published data only whoever asks, in three queries however many
	 * claims there are.
	 */
	@Transactional(readOnly = true)
	public Feed feed() {
		Collection<Publication> published = Visibility.published();
		Map<Long, RatingView> rated = new LinkedHashMap<>();
		for (ClaimRating rating : this.ratings.findPublishedNewsroom()) {
			rated.put(rating.getClaimId(), RatingView.from(rating));
		}
		List<Reviewed> reviewed = new ArrayList<>();
		if (!rated.isEmpty()) {
			Map<Long, List<AppearanceView>> appeared = this.appearances.findByClaims(rated.keySet(), published)
				.stream()
				.map(AppearanceView::from)
				.collect(Collectors.groupingBy(AppearanceView::claimId));
			for (Claim claim : this.claims.findPublishedWithTopics(rated.keySet(), published)) {
				Reviewed one = new Reviewed(ClaimView.from(claim), rated.get(claim.getId()),
						appeared.getOrDefault(claim.getId(), List.of()));
				if (one.rated()) {
					reviewed.add(one);
				}
			}
		}
		return new Feed(List.copyOf(reviewed), modified());
	}

	/**
	 * When what the feed is made of last changed: the latest change recorded in the
	 * history of claims, ratings, appearances, articles and people (deletions and
	 * unpublishing included, which leave no row behind), or a row's own time of change
	 * where that is later.
	 */
	private Instant modified() {
		return this.jdbc.sql("""
				select greatest(
				  (select max(r.changed_at) from revision r where r.id = greatest(
				    (select max(rev) from claim_history), (select max(rev) from claim_rating_history),
				    (select max(rev) from claim_appearance_history), (select max(rev) from article_history),
				    (select max(rev) from person_history))),
				  (select max(updated_at) from claim), (select max(updated_at) from claim_rating),
				  (select max(updated_at) from claim_appearance), (select max(updated_at) from article),
				  (select max(updated_at) from person),
				  timestamptz 'epoch')""").query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
	}

}
