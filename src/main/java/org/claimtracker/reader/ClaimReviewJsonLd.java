package org.claimtracker.reader;

import java.util.Map;

import org.claimtracker.claim.ClaimReviews;
import org.claimtracker.claim.RatingScale;
import org.claimtracker.pages.Pages;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rated claim's schema.org ClaimReview, written by {@link ClaimReviews} (the same
 * object the API answers), as the claim page's script element holds it.
 */
final class ClaimReviewJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClaimReviewJsonLd() {
	}

	/**
	 * The JSON-LD of the claim for the site at {@code site}, safe inside a script
	 * element; null when the newsroom has not published a rating of the claim.
	 */
	static @Nullable String of(Pages.Claim page, RatingScale scale, String site) {
		Map<String, Object> review = ClaimReviews.of(page.claim(), page.rating(), page.appearances(), scale.names(),
				site);
		return (review != null) ? safe(JSON.writeValueAsString(review)) : null;
	}

	/**
	 * The JSON with what could end its script element or open a comment there written as
	 * JSON escapes: the same value, read as data alone.
	 */
	private static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
