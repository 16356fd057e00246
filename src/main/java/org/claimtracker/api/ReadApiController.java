package org.claimtracker.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The read API: the data of the reader pages as JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Read", description = "Articles, claims, people and quotes, as readers see them: anyone who may not "
		+ "see drafts gets published items only")
class ReadApiController {

	static final int MAX_PAGE_SIZE = 100;

	/**
	 * As on the reader's list pages; the last page of the largest size stays within a
	 * query's offset.
	 */
	static final int MAX_PAGE = 100_000;

	static final String PAGE = "The page, from 1 to " + MAX_PAGE;

	static final String SIZE = "Items a page, from 1 to " + MAX_PAGE_SIZE;

	private final ReadApiService reads;

	private final ArticleService articles;

	private final ClaimService claims;

	private final FilterNames names;

	private final JsonMapper json;

	ReadApiController(ReadApiService reads, ArticleService articles, ClaimService claims, FilterNames names,
			JsonMapper json) {
		this.reads = reads;
		this.articles = articles;
		this.claims = claims;
		this.names = names;
		this.json = json;
	}

	@GetMapping("/articles")
	@Operation(operationId = "listArticles", summary = "Articles, the latest first",
			description = "Narrowed to one outlet with `outlet`, named as every outlet filter takes it.")
	Json.Page<Json.ArticleSummary> articles(
			@RequestParam(required = false) @Parameter(description = "An outlet: its id, or its name in any case",
					example = "Breitbart News") @Nullable String outlet,
			@RequestParam(defaultValue = "1") @Parameter(description = PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		Long outletId = this.names.outlet("outlet", outlet);
		var found = this.articles.articles(outletId, pageRequest(page, size));
		return new Json.Page<>(found.map(Json.ArticleSummary::from).getContent(), page, size, found.getTotalElements());
	}

	@GetMapping("/articles/{id}")
	@ConditionalRead
	@Operation(operationId = "getArticle", summary = "An article with its text, quotes and claim appearances",
			description = "A quote or appearance with `needsReview: true` lost its words in a correction: its "
					+ "selector still holds the words and offsets of the text it was marked in, not of this body.")
	ResponseEntity<Json.Article> article(
			@PathVariable @Parameter(description = "The article's id", example = "1") long id) {
		ReadApiService.Article page = this.reads.article(id);
		var a = page.article();
		return tagged(a.version(),
				new Json.Article(a.id(), a.title(), new Json.Outlet(a.outletId(), a.outlet()), a.byline(),
						a.publishedOn(), a.url(), a.body(), quotes(page.quotes(), page.evidenceByQuote()),
						page.appearances().stream().map(Json.Appearance::from).toList()));
	}

	@GetMapping("/claims")
	@Operation(operationId = "listClaims", summary = "Claims, in the order they were written",
			description = "Narrowed by topic, kind and subject, each named as every such filter takes it.")
	Json.Page<Json.ClaimSummaryJson> claims(
			@RequestParam(required = false) @Parameter(
					description = "A topic: its id, its slug, or its name in any case",
					example = "policing") @Nullable String topic,
			@RequestParam(required = false) @Parameter(description = "The kind of claim",
					example = "FACTUAL") @Nullable ClaimKind kind,
			@RequestParam(required = false) @Parameter(
					description = "The person the claims are about: their id, or their name in any case; a name that "
							+ "is nobody's exactly means the person whose name comes closest (typos forgiven)",
					example = "Jon Ossoff") @Nullable String subject,
			@RequestParam(defaultValue = "1") @Parameter(description = PAGE, example = "1",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100000", defaultValue = "1")) int page,
			@RequestParam(defaultValue = "20") @Parameter(description = SIZE, example = "20",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) int size) {
		String slug = this.names.topic("topic", topic);
		Long subjectId = this.names.person("subject", subject);
		var found = this.claims.claims(this.claims.filter(slug, kind, subjectId), pageRequest(page, size));
		return new Json.Page<>(found.map(Json.ClaimSummaryJson::from).getContent(), page, size,
				found.getTotalElements());
	}

	@GetMapping("/claims/{id}")
	@ConditionalRead
	@Operation(operationId = "getClaim", summary = "A claim with where it appears and the quotes for and against it",
			description = "Asked for as `application/ld+json`, a claim the newsroom rated is its schema.org "
					+ "ClaimReview instead, and any other answers 406; a claim merged into another answers 308 "
					+ "with the kept claim's address in `Location`.")
	ResponseEntity<Json.Claim> claim(@PathVariable @Parameter(description = "The claim's id", example = "3") long id) {
		ReadApiService.Claim page = this.reads.claim(id);
		List<EvidenceView> evidence = Stream.concat(page.supports().stream(), page.contradicts().stream()).toList();
		return tagged(page.claim().version(),
				Json.Claim.from(page.claim(), page.balance().supports(), page.balance().contradicts(),
						page.appearances().stream().map(Json.Appearance::from).toList(),
						evidence.stream().map(Json.Evidence::from).toList()));
	}

	@GetMapping("/people/{id}")
	@ConditionalRead
	@Operation(operationId = "getPerson",
			summary = "A person, their races, the claims about them and their 20 most recent quotes",
			description = "`GET /api/v1/quotes?speaker={id}` has all their quotes.")
	ResponseEntity<Json.Person> person(
			@PathVariable @Parameter(description = "The person's id", example = "2") long id) {
		ReadApiService.Person page = this.reads.person(id);
		var p = page.person();
		List<Json.Race> races = page.races().stream().map(Json.Race::from).toList();
		List<Json.ClaimSummaryJson> claims = page.claimsByTopic()
			.stream()
			.flatMap((g) -> g.claims().stream())
			.distinct()
			.map(Json.ClaimSummaryJson::from)
			.toList();
		return tagged(p.version(), new Json.Person(p.id(), p.name(), p.party(), p.description(), races, claims,
				page.quotes().stream().map((q) -> Json.Quote.from(q, null)).toList(), page.quoteCount()));
	}

	@GetMapping("/quotes/{id}")
	@ConditionalRead
	@Operation(operationId = "getQuote", summary = "A quote with its speaker, article, selector and claims")
	ResponseEntity<Json.Quote> quote(@PathVariable @Parameter(description = "The quote's id", example = "5") long id) {
		ReadApiService.Quote page = this.reads.quote(id);
		return tagged(page.quote().version(), Json.Quote.from(page.quote(), page.evidence()));
	}

	/**
	 * A read's body with its tag, which changes with the item's version or any part of
	 * the body.
	 */
	private <T> ResponseEntity<T> tagged(int version, T body) {
		return ResponseEntity.ok().eTag(Versions.etag(version, this.json.writeValueAsBytes(body))).body(body);
	}

	/** The page asked for, within the caps every list of the API has. */
	static PageRequest pageRequest(int page, int size) {
		if (page < 1 || page > MAX_PAGE) {
			throw new BadParameterException("page", "page must be between 1 and " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(page - 1, size);
	}

	private static List<Json.Quote> quotes(List<QuoteView> quotes, Map<Long, List<EvidenceView>> evidence) {
		return quotes.stream().map((q) -> Json.Quote.from(q, evidence.getOrDefault(q.id(), List.of()))).toList();
	}

}
