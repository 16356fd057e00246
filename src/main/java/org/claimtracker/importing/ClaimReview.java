package org.claimtracker.importing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One schema.org ClaimReview read as a claim with its rating: {@code claimReviewed} is
 * the statement; the {@code itemReviewed} claim gives the speaker ({@code author}), the
 * date ({@code datePublished}) and where it was made ({@code firstAppearance}, else
 * {@code appearance}); the {@code reviewRating} is kept on the checker's own scale, with
 * the checker ({@code author}), {@code url} and {@code datePublished} of the review. A
 * review wrapped in a {@code DataFeedItem} is read from its {@code item}.
 */
final class ClaimReview {

	private ClaimReview() {
	}

	static ImportedClaim read(JsonNode entry) throws BadRecordException {
		if (JsonValues.holdsNul(entry)) {
			throw new BadRecordException(Text.nulProblem());
		}
		JsonNode review = unwrapped(entry);
		String statement = JsonValues.scalar(review.get("claimReviewed"));
		if (statement == null) {
			List<String> types = LinkedData.types(review);
			throw new BadRecordException(types.isEmpty() || types.contains("ClaimReview")
					? "no claimReviewed: the review does not say which claim it checks"
					: "not a ClaimReview: its @type is " + String.join(", ", types));
		}
		JsonNode claim = object(review.get("itemReviewed"));
		String speaker = first(JsonValues.names(field(claim, "author")));
		String madeOn = JsonValues.scalar(field(claim, "datePublished"));
		String source = url(field(claim, "firstAppearance"));
		if (source == null) {
			source = url(field(claim, "appearance"));
		}
		return new ImportedClaim(statement, speaker, date(madeOn, "the claim's datePublished"),
				(source != null) ? WebAddresses.http(source, "the claim's appearance") : null, List.of(),
				rating(review));
	}

	/** The review of a feed's item ({@code {"@type": "DataFeedItem", "item": {…}}}). */
	private static JsonNode unwrapped(JsonNode entry) {
		JsonNode item = object(entry.get("item"));
		boolean wrapper = LinkedData.types(entry).contains("DataFeedItem") || !entry.has("claimReviewed");
		return (item != null && wrapper) ? item : entry;
	}

	private static @Nullable ImportedRating rating(JsonNode review) throws BadRecordException {
		JsonNode rating = object(review.get("reviewRating"));
		if (rating == null) {
			return null;
		}
		String name = JsonValues.scalar(rating.get("alternateName"));
		String value = JsonValues.scalar(rating.get("ratingValue"));
		String best = JsonValues.scalar(rating.get("bestRating"));
		String worst = JsonValues.scalar(rating.get("worstRating"));
		if (name == null && value == null) {
			throw new BadRecordException(
					"a rating without a verdict: reviewRating has neither a ratingValue " + "nor an alternateName");
		}
		if (name == null && best == null && worst == null) {
			throw new BadRecordException("a rating without its scale: ratingValue " + value
					+ " comes with neither bestRating and worstRating nor an alternateName");
		}
		String url = JsonValues.scalar(review.get("url"));
		return new ImportedRating(name, value, best, worst, first(JsonValues.names(review.get("author"))),
				(url != null) ? WebAddresses.http(url, "the review's url") : null,
				date(JsonValues.scalar(review.get("datePublished")), "the review's datePublished"));
	}

	/**
	 * The address of where a claim appeared: text, a CreativeWork with a {@code url}, or
	 * the first of a list that gives one.
	 */
	private static @Nullable String url(@Nullable JsonNode value) {
		if (value == null) {
			return null;
		}
		if (value.isArray()) {
			for (JsonNode element : value) {
				String url = url(element);
				if (url != null) {
					return url;
				}
			}
			return null;
		}
		if (value.isObject()) {
			String url = JsonValues.scalar(value.get("url"));
			return (url != null) ? url : JsonValues.scalar(value.get("@id"));
		}
		return JsonValues.scalar(value);
	}

	private static @Nullable LocalDate date(@Nullable String value, String what) throws BadRecordException {
		return (value != null) ? Dates.parse(value, what) : null;
	}

	/** An object, or the first object of a list. */
	private static @Nullable JsonNode object(@Nullable JsonNode value) {
		if (value != null && value.isArray()) {
			for (JsonNode element : value) {
				if (element.isObject()) {
					return element;
				}
			}
			return null;
		}
		return (value != null && value.isObject()) ? value : null;
	}

	private static @Nullable JsonNode field(@Nullable JsonNode node, String name) {
		return (node != null) ? node.get(name) : null;
	}

	private static @Nullable String first(List<String> names) {
		return names.isEmpty() ? null : names.get(0);
	}

}
