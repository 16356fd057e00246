package org.claimtracker.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.RatingView;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchResult;
import org.claimtracker.search.SearchService;
import org.claimtracker.system.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * Any quote search as an Atom feed, its newest published quotes first: a person's quotes
 * ({@code ?speaker=}), a topic's ({@code ?topic=}), a claim's evidence ({@code ?claim=}),
 * or any words and filters the search page takes. The person, topic, claim and search
 * pages link theirs. It answers conditional requests with 304 by its ETag.
 */
@Controller
class FeedController {

	/** How many quotes a feed holds. */
	static final int ENTRIES = 50;

	private static final Duration FRESH = Duration.ofMinutes(5);

	private final SearchService search;

	private final PublicUrl publicUrl;

	private final RatingService ratings;

	private final ClaimService claims;

	FeedController(SearchService search, PublicUrl publicUrl, RatingService ratings, ClaimService claims) {
		this.search = search;
		this.publicUrl = publicUrl;
		this.ratings = ratings;
		this.claims = claims;
	}

	@GetMapping("/search.atom")
	@Nullable ResponseEntity<String> feed(@RequestParam Map<String, String> values, HttpServletRequest request,
			WebRequest conditions) {
		Map<String, String> newest = new LinkedHashMap<>(values);
		newest.remove("page");
		newest.put("sort", "newest");
		newest.put("size", Integer.toString(ENTRIES));
		SearchQuery query = SearchParameters.of(newest).toQuery();
		SearchResult result = this.search.searchPublished(query);
		String site = this.publicUrl.of(request);
		String asked = asked(query);
		String xml = QuoteFeed.write(title(query), site + "/search.atom" + asked, site + "/search" + asked, site,
				result.hits(), (query.claim() != null) ? rated(query.claim()) : null);
		String etag = "\"" + digest(xml) + "\"";
		if (conditions.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(QuoteFeed.MEDIA_TYPE + ";charset=UTF-8"))
			.eTag(etag)
			.cacheControl(CacheControl.maxAge(FRESH).cachePublic())
			.body(xml);
	}

	/** The newsroom's published rating of the claim, if it gave one. */
	private QuoteFeed.@Nullable Rated rated(long claimId) {
		RatingView rating = this.ratings.newsroomRating(claimId).orElse(null);
		if (rating == null || rating.draft() || rating.name() == null || rating.ratedAt() == null) {
			return null;
		}
		return new QuoteFeed.Rated(claimId, this.claims.claim(claimId).statement(), rating.name(),
				(rating.rationale() != null) ? rating.rationale() : "", rating.ratedAt(), rating.version());
	}

	/** The feed's address for the search in these parameters, for a page to link. */
	static String of(SearchQuery query) {
		return "/search.atom" + asked(query);
	}

	/** The search's own parameters as a query string. */
	private static String asked(SearchQuery query) {
		Map<String, String> parameters = own(query);
		if (parameters.isEmpty()) {
			return "";
		}
		return parameters.entrySet()
			.stream()
			.map((p) -> encode(p.getKey()) + "=" + encode(p.getValue()))
			.collect(Collectors.joining("&", "?", ""));
	}

	/** The search's words and filters, without the order and page a feed sets itself. */
	private static Map<String, String> own(SearchQuery query) {
		Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
		parameters.remove("sort");
		parameters.remove("size");
		parameters.remove("page");
		return parameters;
	}

	private static String title(SearchQuery query) {
		Map<String, String> parameters = own(query);
		return "ClaimTracker: quotes" + parameters.entrySet()
			.stream()
			.map((p) -> p.getKey() + " " + p.getValue())
			.collect(Collectors.joining(", ", parameters.isEmpty() ? "" : " — ", ""));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String digest(String xml) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java", ex);
		}
	}

}
