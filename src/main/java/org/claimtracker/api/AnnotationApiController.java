package org.claimtracker.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.system.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article's quotes, claim appearances and evidence as W3C Web Annotations, the model
 * Hypothesis and other annotation tools share (see {@link WebAnnotations}).
 */
@RestController
@Tag(name = "Open formats",
		description = "W3C Web Annotation and schema.org ClaimReview out, Hypothesis " + "annotations in")
class AnnotationApiController {

	/** JSON-LD in the Web Annotation profile, as the Web Annotation Protocol answers. */
	static final MediaType ANNOTATIONS = MediaType
		.parseMediaType("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"");

	private final ReadApiService reads;

	private final PublicUrl publicUrl;

	private final JsonMapper json;

	AnnotationApiController(ReadApiService reads, PublicUrl publicUrl, JsonMapper json) {
		this.reads = reads;
		this.publicUrl = publicUrl;
		this.json = json;
	}

	/**
	 * The article's annotations as one {@code AnnotationCollection} with every annotation
	 * in its first page; published data only for anyone who may not see drafts. Answers
	 * {@code application/ld+json} with the Web Annotation profile when asked for JSON-LD,
	 * else {@code application/json}; its {@code ETag} is the article's version and a
	 * digest of the answer, as the other reads'. An unknown article answers 404.
	 */
	@GetMapping(path = "/api/v1/articles/{id}/annotations", produces = { "application/ld+json", "application/json" })
	@ConditionalRead
	@Operation(operationId = "getArticleAnnotations",
			summary = "An article's quotes, claim appearances and evidence as a W3C Web Annotation collection",
			description = "An `AnnotationCollection` with every annotation in its first page: a quote is a "
					+ "`highlighting` annotation, evidence a `linking` one, a claim appearance a `describing` one; "
					+ "each targets the article's address with a TextQuoteSelector and a TextPositionSelector "
					+ "(positions in code points). `application/ld+json` (with the Web Annotation profile) when "
					+ "asked for it, else `application/json` (docs/api.md, \"Open formats\").")
	@ApiResponse(responseCode = "200", description = "The collection", content = {
			@Content(mediaType = "application/ld+json",
					schema = @Schema(type = "object", description = "A W3C Web Annotation AnnotationCollection")),
			@Content(mediaType = "application/json",
					schema = @Schema(type = "object", description = "A W3C Web Annotation AnnotationCollection")) })
	ResponseEntity<byte[]> annotations(
			@PathVariable @Parameter(description = "The article's id", example = "1") long id,
			HttpServletRequest request) {
		ReadApiService.Article page = this.reads.article(id);
		String site = this.publicUrl.of(request);
		Map<String, Object> collection = WebAnnotations.collection(page, site,
				site + "/api/v1/articles/" + id + "/annotations");
		byte[] body = this.json.writeValueAsBytes(collection);
		return ResponseEntity.ok()
			.contentType(ClaimReviewApiController.jsonLdAsked(request) ? ANNOTATIONS : MediaType.APPLICATION_JSON)
			.eTag(Versions.etag(page.article().version(), body))
			.varyBy("Accept")
			.body(body);
	}

}
