package org.claimtracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.claim.ClaimReviewService;
import org.claimtracker.claim.ClaimReviews;
import org.claimtracker.system.PublicUrl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rated claims as schema.org ClaimReview, the form in which fact-checks reach search
 * engines and fact-check aggregators: one claim's review, asked for as JSON-LD at the
 * claim's own address (plain JSON there stays the claim as the read API gives it), and
 * the feed of every published rated claim as a schema.org {@code DataFeed}. Both are the
 * object the claim page embeds, written by {@link ClaimReviews}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Open formats")
class ClaimReviewApiController {

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final ClaimReviewService reviews;

	private final PublicUrl publicUrl;

	private final JsonMapper json;

	ClaimReviewApiController(ClaimReviewService reviews, PublicUrl publicUrl, JsonMapper json) {
		this.reviews = reviews;
		this.publicUrl = publicUrl;
		this.json = json;
	}

	/**
	 * The claim as a ClaimReview, when asked for {@code application/ld+json}. Only a
	 * claim the newsroom rated and published has one: any other answers 406 with a
	 * problem that says so and that {@code application/json} gives the claim itself. A
	 * claim the asker may not see answers 404.
	 */
	@GetMapping(path = "/claims/{id}", produces = "application/ld+json")
	@Operation(operationId = "getClaimReview", summary = "A rated claim as a schema.org ClaimReview",
			description = "Asked for as `application/ld+json`: only a claim whose rating the newsroom published has "
					+ "one; any other answers 406, and `application/json` gives the claim itself.")
	@ApiResponse(responseCode = "200", description = "The claim's ClaimReview, as its page embeds it",
			content = @Content(mediaType = "application/ld+json",
					schema = @Schema(type = "object", description = "A schema.org ClaimReview")))
	@Problems(ProblemType.NOT_ACCEPTABLE)
	ResponseEntity<?> claimReview(@PathVariable @Parameter(description = "The claim's id", example = "3") long id,
			HttpServletRequest request) {
		ClaimReviewService.Reviewed claim = this.reviews.claim(id);
		Map<String, Object> review = claim.review(this.reviews.scale(), this.publicUrl.of(request));
		if (review == null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, "Claim " + id
					+ " has no published rating, and only a rated claim has a ClaimReview; ask for application/json to get the claim");
			return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		byte[] body = this.json.writeValueAsBytes(review);
		return ResponseEntity.ok().contentType(JSON_LD).eTag(strongTag(body)).varyBy("Accept").body(body);
	}

	/**
	 * Every published claim the newsroom published a rating of, as a schema.org
	 * {@code DataFeed} of ClaimReviews, with {@code dateModified}; published data only,
	 * whoever asks. Its strong {@code ETag} is a digest of the feed and its
	 * {@code Last-Modified} the last change to anything it is made of, so that
	 * {@code If-None-Match} and {@code If-Modified-Since} answer 304 while nothing
	 * changed.
	 */
	@GetMapping(path = "/claimreview", produces = { "application/ld+json", "application/json" })
	@ConditionalRead
	@Operation(operationId = "getClaimReviewFeed",
			summary = "Every published rated claim, as a schema.org DataFeed of ClaimReviews",
			description = "The form fact-check aggregators ingest; published data only, whoever asks. "
					+ "`application/ld+json` when asked for it, else `application/json`. `Last-Modified` is the "
					+ "last change to anything the feed is made of: `If-Modified-Since` answers 304 until then.",
			parameters = @Parameter(name = "If-Modified-Since", in = ParameterIn.HEADER,
					description = "The `Last-Modified` of a feed you have: 304 while nothing changed since",
					example = "Tue, 08 Dec 2026 05:02:11 GMT", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "200", description = "The feed",
			headers = @Header(name = "Last-Modified", description = "The last change to anything the feed is made of",
					schema = @Schema(type = "string", example = "Tue, 08 Dec 2026 05:02:11 GMT")),
			content = {
					@Content(mediaType = "application/ld+json",
							schema = @Schema(type = "object", description = "A schema.org DataFeed of ClaimReviews")),
					@Content(mediaType = "application/json",
							schema = @Schema(type = "object", description = "A schema.org DataFeed of ClaimReviews")) })
	ResponseEntity<byte[]> feed(HttpServletRequest request) {
		ClaimReviewService.Feed feed = this.reviews.feed();
		String site = this.publicUrl.of(request);
		List<Map<String, Object>> elements = new ArrayList<>();
		for (ClaimReviewService.Reviewed claim : feed.claims()) {
			Map<String, Object> review = ClaimReviews.item(claim.claim(), claim.rating(), claim.appearances(),
					this.reviews.scale(), site);
			if (review != null) {
				elements.add(review);
			}
		}
		var modified = feed.modified().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> dataFeed = new LinkedHashMap<>();
		dataFeed.put("@context", ClaimReviews.CONTEXT);
		dataFeed.put("@type", "DataFeed");
		dataFeed.put("name", ClaimReviews.SITE_NAME + " fact-checks");
		dataFeed.put("url", site + "/api/v1/claimreview");
		dataFeed.put("dateModified", modified.toString());
		dataFeed.put("dataFeedElement", elements);
		byte[] body = this.json.writeValueAsBytes(dataFeed);
		return ResponseEntity.ok()
			.contentType(jsonLdAsked(request) ? JSON_LD : MediaType.APPLICATION_JSON)
			.eTag(strongTag(body))
			.lastModified(modified)
			.varyBy("Accept")
			.body(body);
	}

	/** Whether the client asked for JSON-LD by name, rather than JSON or anything. */
	static boolean jsonLdAsked(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && JSON_LD.equalsTypeAndSubtype(type));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A strong tag of the very bytes answered. */
	static String strongTag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
