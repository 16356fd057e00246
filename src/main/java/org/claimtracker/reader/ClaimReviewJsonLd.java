package org.claimtracker.reader;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.RatingScale;
import org.claimtracker.claim.RatingView;
import org.claimtracker.pages.Pages;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rated claim's schema.org ClaimReview, as Google's fact-check markup asks for it:
 * {@code claimReviewed}, {@code reviewRating} with its {@code alternateName} and its
 * place on the newsroom's scale, {@code url}, {@code author}, {@code datePublished}, and
 * the claim as {@code itemReviewed} with who made it and where it appeared. Only a
 * published rating of the newsroom's own is marked up: an imported one is its checker's
 * to publish.
 */
final class ClaimReviewJsonLd {

	/** Who publishes the reviews: the site, by its name. */
	static final String SITE_NAME = "ClaimTracker";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClaimReviewJsonLd() {
	}

	/**
	 * The JSON-LD for the page at {@code url} of the site named {@code site}, safe inside
	 * a script element; null when the newsroom has not published a rating of the claim.
	 */
	static @Nullable String of(Pages.Claim page, RatingScale scale, String url, String siteName, String siteUrl) {
		RatingView rating = page.rating();
		if (page.claim().draft() || rating == null || rating.draft() || rating.name() == null
				|| rating.ratedAt() == null) {
			return null;
		}
		List<String> names = scale.names();
		int place = names.indexOf(rating.name());
		Map<String, Object> review = new LinkedHashMap<>();
		review.put("@context", "https://schema.org");
		review.put("@type", "ClaimReview");
		review.put("url", url);
		review.put("claimReviewed", page.claim().statement());
		review.put("datePublished", rating.ratedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		review.put("author", Map.of("@type", "Organization", "name", siteName, "url", siteUrl));
		Map<String, Object> reviewRating = new LinkedHashMap<>();
		reviewRating.put("@type", "Rating");
		reviewRating.put("alternateName", rating.name());
		if (place >= 0) {
			// the scale runs best first; schema.org's ratings count up to the best
			reviewRating.put("ratingValue", names.size() - place);
			reviewRating.put("bestRating", names.size());
			reviewRating.put("worstRating", 1);
		}
		review.put("reviewRating", reviewRating);
		review.put("itemReviewed", claim(page));
		return safe(JSON.writeValueAsString(review));
	}

	private static Map<String, Object> claim(Pages.Claim page) {
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("@type", "Claim");
		if (page.claim().subject() != null) {
			claim.put("author", Map.of("@type", "Person", "name", page.claim().subject()));
		}
		List<AppearanceView> appearances = page.appearances();
		if (!appearances.isEmpty()) {
			AppearanceView first = appearances.stream()
				.min((a, b) -> a.publishedOn().compareTo(b.publishedOn()))
				.orElseThrow();
			claim.put("datePublished", first.publishedOn().toString());
			claim.put("firstAppearance", Map.of("@type", "CreativeWork", "url", first.articleUrl()));
			claim.put("appearance",
					appearances.stream()
						.map((a) -> Map.of("@type", "CreativeWork", "url", a.articleUrl()))
						.distinct()
						.toList());
		}
		return claim;
	}

	/**
	 * The JSON with what could end its script element or open a comment there written as
	 * JSON escapes: the same value, read as data alone.
	 */
	private static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
