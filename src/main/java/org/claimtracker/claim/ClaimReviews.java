package org.claimtracker.claim;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A rated claim as a schema.org ClaimReview, the one object the claim page embeds and the
 * API answers: {@code claimReviewed}, {@code reviewRating} with its {@code alternateName}
 * and its place on the newsroom's scale, {@code url} (the claim's page), {@code author}
 * (the site), {@code datePublished}, and the claim as {@code itemReviewed} with who made
 * it and where it appeared. Only a published rating of the newsroom's own on a published
 * claim makes a review: an imported rating is its checker's to publish.
 */
public final class ClaimReviews {

	/** Who publishes the reviews: the site, by its name. */
	public static final String SITE_NAME = "ClaimTracker";

	/** The vocabulary every review and feed is written in. */
	public static final String CONTEXT = "https://schema.org";

	private ClaimReviews() {
	}

	/** Whether the newsroom published a rating of the claim that a review can carry. */
	public static boolean rated(ClaimView claim, @Nullable RatingView rating) {
		return !claim.draft() && rating != null && rating.newsroom() && !rating.draft() && rating.name() != null
				&& rating.ratedAt() != null;
	}

	/**
	 * The review of the claim, with its {@code @context}, for the site whose address is
	 * {@code site} (no trailing slash); null when the claim has no published rating of
	 * the newsroom's.
	 */
	public static @Nullable Map<String, Object> of(ClaimView claim, @Nullable RatingView rating,
			List<AppearanceView> appearances, List<String> scale, String site) {
		Map<String, Object> review = item(claim, rating, appearances, scale, site);
		if (review == null) {
			return null;
		}
		Map<String, Object> withContext = new LinkedHashMap<>();
		withContext.put("@context", CONTEXT);
		withContext.putAll(review);
		return withContext;
	}

	/**
	 * The review without its {@code @context}, as a feed lists it; null when the claim
	 * has no published rating of the newsroom's.
	 */
	public static @Nullable Map<String, Object> item(ClaimView claim, @Nullable RatingView rating,
			List<AppearanceView> appearances, List<String> scale, String site) {
		if (!rated(claim, rating)) {
			return null;
		}
		int place = scale.indexOf(rating.name());
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("@type", "ClaimReview");
		review.put("url", site + "/claims/" + claim.id());
		review.put("claimReviewed", claim.statement());
		review.put("datePublished", rating.ratedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		review.put("author", Map.of("@type", "Organization", "name", SITE_NAME, "url", site));
		Map<String, Object> reviewRating = new LinkedHashMap<>();
		reviewRating.put("@type", "Rating");
		reviewRating.put("alternateName", rating.name());
		if (place >= 0) {
			// the scale runs best first; schema.org's ratings count up to the best
			reviewRating.put("ratingValue", scale.size() - place);
			reviewRating.put("bestRating", scale.size());
			reviewRating.put("worstRating", 1);
		}
		review.put("reviewRating", reviewRating);
		review.put("itemReviewed", claimed(claim, appearances));
		return review;
	}

	private static Map<String, Object> claimed(ClaimView claim, List<AppearanceView> appearances) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "Claim");
		if (claim.subject() != null) {
			item.put("author", Map.of("@type", "Person", "name", claim.subject()));
		}
		if (!appearances.isEmpty()) {
			AppearanceView first = appearances.stream()
				.min(Comparator.comparing(AppearanceView::publishedOn).thenComparing(AppearanceView::articleId))
				.orElseThrow();
			LocalDate madeOn = first.publishedOn();
			item.put("datePublished", madeOn.toString());
			item.put("firstAppearance", Map.of("@type", "CreativeWork", "url", first.articleUrl()));
			item.put("appearance",
					appearances.stream()
						.map((a) -> Map.of("@type", "CreativeWork", "url", a.articleUrl()))
						.distinct()
						.toList());
		}
		return item;
	}

}
