package org.claimtracker.api;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleText;
import org.claimtracker.article.NewArticle;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.common.NotFoundException;
import org.claimtracker.correction.CorrectionService;
import org.claimtracker.correction.CorrectionSummary;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The write API for tools, authenticated with personal API tokens. What it creates is a
 * draft, as in the editor's pages; changes and deletions name the version they apply to
 * with If-Match.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Write",
		description = "Changes, with a personal API token. What the API creates is a draft; a change or "
				+ "deletion names the version it applies to with If-Match")
@SecurityRequirement(name = OpenApiConfiguration.API_TOKEN)
class WriteApiController {

	/** The fields of a claim's body that name other items, by the kind they name. */
	private static final Map<String, String> CLAIM_REFERENCES = Map.of("person", "subjectId", "topic", "topicIds");

	private final ArticleService articles;

	private final QuoteService quotes;

	private final ClaimService claims;

	private final EvidenceService evidence;

	private final CorrectionService corrections;

	private final PersonService people;

	WriteApiController(ArticleService articles, QuoteService quotes, ClaimService claims, EvidenceService evidence,
			CorrectionService corrections, PersonService people) {
		this.articles = articles;
		this.quotes = quotes;
		this.claims = claims;
		this.evidence = evidence;
		this.corrections = corrections;
		this.people = people;
	}

	@PostMapping("/articles")
	@Operation(operationId = "createArticle", summary = "Adds an article, as a draft",
			description = "`outlet` is the outlet's name, added when there is none of that name in any case yet; "
					+ "`body` is plain text (paragraphs apart by a blank line) or, with `format: HTML`, a page's HTML.")
	@ApiResponse(responseCode = "201", description = "Added: its address in `Location`, its version in `ETag`")
	@Problems(ProblemType.CONFLICT)
	ResponseEntity<Created> createArticle(@Valid @RequestBody WriteRequests.NewArticle request) {
		String body = "HTML".equals(request.format()) ? ArticleText.fromHtml(request.body())
				: ArticleText.fromPlainText(request.body());
		long id = this.articles.create(new NewArticle(request.title(), request.outlet(), request.byline(),
				request.published(), request.url(), body));
		return created("/api/v1/articles/" + id, id, 0);
	}

	/**
	 * Revises an article's title, outlet, byline, date and address; its text is corrected
	 * on its own.
	 */
	@PutMapping("/articles/{id}")
	@Operation(operationId = "reviseArticle", summary = "Revises an article's title, outlet, byline, date and address",
			description = "The body is corrected on its own (`PUT /api/v1/articles/{id}/body`). A date before some "
					+ "of its quotes were said is refused naming `published`, with the quotes in `quotes`.")
	@ApiResponse(responseCode = "204", description = "Revised: the new version in `ETag`")
	@Problems(ProblemType.CONFLICT)
	ResponseEntity<Void> reviseArticle(
			@PathVariable @Parameter(description = "The article's id", example = "3") long id,
			@Valid @RequestBody WriteRequests.ArticleDetailsBody request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		int version = this.articles.revise(id, Versions.fromIfMatch(ifMatch, () -> this.articles.draft(id).version()),
				request.toDetails());
		return ResponseEntity.noContent().eTag(Versions.etag(version)).build();
	}

	/**
	 * Corrects an article's body; answers how its quotes and claim appearances were
	 * placed again.
	 */
	@PutMapping("/articles/{id}/body")
	@Operation(operationId = "correctArticleBody", summary = "Corrects an article's text",
			description = "Each quote and claim appearance is placed again in the new text: unchanged, moved, found "
					+ "again fuzzily, or flagged for an editor (`needsReview`).")
	@ApiResponse(responseCode = "200", description = "How each span was placed again; the new version in `ETag`")
	ResponseEntity<CorrectionSummary> correctBody(
			@PathVariable @Parameter(description = "The article's id", example = "3") long id,
			@Valid @RequestBody WriteRequests.ArticleBody request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		CorrectionSummary summary = this.corrections.correct(id,
				Versions.fromIfMatch(ifMatch, () -> this.articles.draft(id).version()), request.text());
		return ResponseEntity.ok().eTag(Versions.etag(this.articles.draft(id).version())).body(summary);
	}

	/** Fixes a person's name, party and description. */
	@PutMapping("/people/{id}")
	@Operation(operationId = "revisePerson", summary = "Fixes a person's name, party and description")
	@ApiResponse(responseCode = "204", description = "Fixed: the new version in `ETag`")
	@Problems(ProblemType.CONFLICT)
	ResponseEntity<Void> revisePerson(@PathVariable @Parameter(description = "The person's id", example = "3") long id,
			@Valid @RequestBody WriteRequests.PersonBody request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		int version = this.people.revise(id, Versions.fromIfMatch(ifMatch, () -> this.people.draft(id).version()),
				request.toDetails());
		return ResponseEntity.noContent().eTag(Versions.etag(version)).build();
	}

	@PostMapping("/quotes")
	@Operation(operationId = "createQuote", summary = "Marks a quote in an article, as a draft",
			description = "The selector must match the article's text at its offsets; `saidOn` may not be after the "
					+ "article's date.")
	@ApiResponse(responseCode = "201", description = "Marked: its address in `Location`, its version in `ETag`")
	@Problems(ProblemType.UNKNOWN_REFERENCE)
	ResponseEntity<Created> createQuote(@Valid @RequestBody WriteRequests.NewQuote request) {
		WriteRequests.Selector selector = request.selector();
		long id = naming(Map.of("article", "articleId", "person", "speakerId"),
				() -> this.quotes.create(new NewQuote(request.articleId(), request.speakerId(), request.kind(),
						request.saidOn(), request.context(), selector.start(), selector.end(), selector.exact())));
		return created("/api/v1/quotes/" + id, id, 0);
	}

	@DeleteMapping("/quotes/{id}")
	@Operation(operationId = "deleteQuote", summary = "Removes a quote, and its links to claims")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> deleteQuote(@PathVariable @Parameter(description = "The quote's id", example = "3") long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.quotes.delete(id, Versions.fromIfMatch(ifMatch, () -> this.quotes.quote(id).version()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/claims")
	@Operation(operationId = "createClaim", summary = "Writes a claim, as a draft")
	@ApiResponse(responseCode = "201", description = "Written: its address in `Location`, its version in `ETag`")
	@Problems(ProblemType.UNKNOWN_REFERENCE)
	ResponseEntity<Created> createClaim(@Valid @RequestBody WriteRequests.ClaimBody request) {
		long id = naming(CLAIM_REFERENCES, () -> this.claims.create(request.toDraft()));
		return created("/api/v1/claims/" + id, id, 0);
	}

	@PutMapping("/claims/{id}")
	@Operation(operationId = "updateClaim", summary = "Rewrites a claim's statement, kind, subject and topics")
	@ApiResponse(responseCode = "204", description = "Rewritten: the new version in `ETag`")
	@Problems(ProblemType.UNKNOWN_REFERENCE)
	ResponseEntity<Void> updateClaim(@PathVariable @Parameter(description = "The claim's id", example = "3") long id,
			@Valid @RequestBody WriteRequests.ClaimBody request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		int version = naming(CLAIM_REFERENCES, () -> this.claims.update(id,
				Versions.fromIfMatch(ifMatch, () -> this.claims.claim(id).version()), request.toDraft()));
		return ResponseEntity.noContent().eTag(Versions.etag(version)).build();
	}

	@DeleteMapping("/claims/{id}")
	@Operation(operationId = "deleteClaim", summary = "Removes a claim, with its appearances and evidence")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> deleteClaim(@PathVariable @Parameter(description = "The claim's id", example = "3") long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.claims.delete(id, Versions.fromIfMatch(ifMatch, () -> this.claims.claim(id).version()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/evidence")
	@Operation(operationId = "linkEvidence", summary = "Links a quote to a claim, with a stance and a rationale",
			description = "The stance must be sent: one assumed would lean every such link the same way.")
	@ApiResponse(responseCode = "201", description = "Linked: its address in `Location`, its version in `ETag`")
	@Problems({ ProblemType.UNKNOWN_REFERENCE, ProblemType.CONFLICT })
	ResponseEntity<Created> link(@Valid @RequestBody WriteRequests.NewEvidence request) {
		long id = naming(Map.of("quote", "quoteId", "claim", "claimId"),
				() -> this.evidence.link(request.quoteId(), request.claimId(), request.stance(), request.rationale()));
		return created("/api/v1/evidence/" + id, id, 0);
	}

	@PutMapping("/evidence/{id}")
	@Operation(operationId = "reviseEvidence", summary = "Changes a link's stance and rationale")
	@ApiResponse(responseCode = "204", description = "Changed: the new version in `ETag`")
	ResponseEntity<Void> revise(@PathVariable @Parameter(description = "The evidence link's id", example = "3") long id,
			@Valid @RequestBody WriteRequests.EvidenceBody request,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		int version = this.evidence.revise(id,
				Versions.fromIfMatch(ifMatch, () -> this.evidence.evidence(id).version()), request.stance(),
				request.rationale());
		return ResponseEntity.noContent().eTag(Versions.etag(version)).build();
	}

	@DeleteMapping("/evidence/{id}")
	@Operation(operationId = "unlinkEvidence", summary = "Removes a link between a quote and a claim")
	@ApiResponse(responseCode = "204", description = "Removed")
	ResponseEntity<Void> unlink(@PathVariable @Parameter(description = "The evidence link's id", example = "3") long id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		this.evidence.unlink(id, Versions.fromIfMatch(ifMatch, () -> this.evidence.evidence(id).version()));
		return ResponseEntity.noContent().build();
	}

	/**
	 * Runs a write whose body names other items by id: one that is not there is the
	 * body's fault, not the address's, and is answered naming its field. The fields are
	 * keyed by the kind of item they name; an item of another kind, such as the one the
	 * address names, stays not found.
	 */
	private static <T> T naming(Map<String, String> fieldsByKind, Supplier<T> write) {
		try {
			return write.get();
		}
		catch (NotFoundException ex) {
			String field = fieldsByKind.get(ex.getWhat());
			if (field == null) {
				throw ex;
			}
			throw new UnknownReferenceException(field, ex);
		}
	}

	private static ResponseEntity<Created> created(String location, long id, int version) {
		return ResponseEntity.created(URI.create(location))
			.header(HttpHeaders.ETAG, Versions.etag(version))
			.body(new Created(id, location));
	}

	/** What the API answers when it created something. */
	@Schema(name = "Created", description = "What was created: its id and address")
	record Created(long id, String location) {

	}

}
