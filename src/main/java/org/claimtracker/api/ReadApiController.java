package org.claimtracker.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The read API: the data of the reader pages as JSON. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ReadApiController {

	static final int MAX_PAGE_SIZE = 100;

	/**
	 * As on the reader's list pages; the last page of the largest size stays within a
	 * query's offset.
	 */
	static final int MAX_PAGE = 100_000;

	private final ReadApiService reads;

	private final ArticleService articles;

	private final ClaimService claims;

	private final JsonMapper json;

	ReadApiController(ReadApiService reads, ArticleService articles, ClaimService claims, JsonMapper json) {
		this.reads = reads;
		this.articles = articles;
		this.claims = claims;
		this.json = json;
	}

	@GetMapping("/articles")
	Json.Page<Json.ArticleSummary> articles(@RequestParam(required = false) @Nullable Long outlet,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
		this.articles.checkOutletFilter(outlet);
		var found = this.articles.articles(outlet, pageRequest(page, size));
		return new Json.Page<>(
				found.map((a) -> new Json.ArticleSummary(a.id(), a.title(), a.outlet(), a.publishedOn())).getContent(),
				page, size, found.getTotalElements());
	}

	@GetMapping("/articles/{id}")
	ResponseEntity<Json.Article> article(@PathVariable long id) {
		ReadApiService.Article page = this.reads.article(id);
		var a = page.article();
		return tagged(a.version(),
				new Json.Article(a.id(), a.title(), a.outlet(), a.byline(), a.publishedOn(), a.url(), a.body(),
						quotes(page.quotes(), page.evidenceByQuote()),
						page.appearances().stream().map(Json.Appearance::from).toList()));
	}

	@GetMapping("/claims")
	Json.Page<Json.ClaimSummaryJson> claims(@RequestParam(required = false) @Nullable String topic,
			@RequestParam(required = false) @Nullable ClaimKind kind,
			@RequestParam(required = false) @Nullable Long subject, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size) {
		var found = this.claims.claims(this.claims.filter(topic, kind, subject), pageRequest(page, size));
		return new Json.Page<>(found.map(Json.ClaimSummaryJson::from).getContent(), page, size,
				found.getTotalElements());
	}

	@GetMapping("/claims/{id}")
	ResponseEntity<Json.Claim> claim(@PathVariable long id) {
		ReadApiService.Claim page = this.reads.claim(id);
		var c = page.claim();
		Json.Speaker subject = (c.subjectId() != null) ? new Json.Speaker(c.subjectId(), c.subject(), c.subjectParty())
				: null;
		List<EvidenceView> evidence = Stream.concat(page.supports().stream(), page.contradicts().stream()).toList();
		return tagged(c.version(),
				new Json.Claim(c.id(), c.statement(), c.kind(), subject,
						c.topics().stream().map((t) -> t.slug()).toList(), page.balance().supports(),
						page.balance().contradicts(), page.appearances().stream().map(Json.Appearance::from).toList(),
						evidence.stream().map(Json.Evidence::from).toList()));
	}

	@GetMapping("/people/{id}")
	ResponseEntity<Json.Person> person(@PathVariable long id) {
		ReadApiService.Person page = this.reads.person(id);
		var p = page.person();
		List<Json.Race> races = page.races()
			.stream()
			.map((r) -> new Json.Race(r.id(), r.name(), r.office(), r.state(), r.runoffOn(),
					r.opponentsOf(id)
						.stream()
						.map((o) -> new Json.Speaker(o.personId(), o.name(), o.party()))
						.toList()))
			.toList();
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
	ResponseEntity<Json.Quote> quote(@PathVariable long id) {
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

	private static PageRequest pageRequest(int page, int size) {
		if (page < 1 || page > MAX_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be between 1 and " + MAX_PAGE);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(page - 1, size);
	}

	private static List<Json.Quote> quotes(List<QuoteView> quotes, Map<Long, List<EvidenceView>> evidence) {
		return quotes.stream().map((q) -> Json.Quote.from(q, evidence.getOrDefault(q.id(), List.of()))).toList();
	}

}
