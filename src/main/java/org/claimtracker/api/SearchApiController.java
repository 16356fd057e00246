package org.claimtracker.api;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.common.Visibility;
import org.claimtracker.search.Facet;
import org.claimtracker.search.QuoteHit;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchResult;
import org.claimtracker.search.SearchService;
import org.claimtracker.system.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quote search as JSON: {@code GET /api/v1/quotes?q=…}. With {@code page} (and
 * {@code size}, at most 100) it answers that page; without, it streams every hit, written
 * as the rows arrive, so an export of 100 000 quotes takes no more memory than one of
 * ten.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Quote search", description = "Quotes found by their words and filters, as on the search page")
class SearchApiController {

	private final SearchService search;

	private final JsonMapper json;

	private final PublicUrl publicUrl;

	SearchApiController(SearchService search, JsonMapper json, PublicUrl publicUrl) {
		this.search = search;
		this.json = json;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/quotes")
	@Operation(operationId = "searchQuotes", summary = "Quotes found by words and filters",
			description = "Words as the search box takes them (docs/search.md). A filter that names a person, outlet "
					+ "or topic takes the same forms as on every route; one that names nothing you may see answers "
					+ "400 naming it. With `page`, one page of hits (`size` at most 100); without, every hit, "
					+ "streamed as it is read, with `page` 1 and `size` the total.",
			parameters = {
					@Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "The words to find (docs/search.md)", example = "287(g)"),
					@Parameter(name = "speaker", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "Who said it: a person's id, or their name in any case; a name that is "
									+ "nobody's exactly means everyone whose name comes as close as the closest "
									+ "(typos forgiven)",
							example = "Jon Ossoff"),
					@Parameter(name = "party", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "The speaker's party, in any case, or the start of its name",
							example = "Democratic"),
					@Parameter(name = "topic", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "A topic of the claims the quote bears on: its id, its slug, or its name in "
									+ "any case",
							example = "immigration"),
					@Parameter(name = "outlet", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "The outlet that reported it: its id, or its name in any case",
							example = "Breitbart News"),
					@Parameter(name = "kind", in = ParameterIn.QUERY, description = "The kind of quote, in any case",
							schema = @Schema(allowableValues = { "direct", "partial", "paraphrase" }),
							example = "direct"),
					@Parameter(name = "stance", in = ParameterIn.QUERY,
							description = "How the quote bears on a claim, in any case",
							schema = @Schema(allowableValues = { "supports", "contradicts" }), example = "contradicts"),
					@Parameter(name = "rating", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "The newsroom's rating of a claim the quote bears on, or `Not rated`",
							example = "Mostly false"),
					@Parameter(name = "claim", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "The id of a claim the quote bears on", example = "3"),
					@Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "Said on or after this date (or year)", example = "2020-01-01"),
					@Parameter(name = "to", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
							description = "Said on or before this date (or year)", example = "2020"),
					@Parameter(name = "altered", in = ParameterIn.QUERY,
							description = "Only quotes whose words alter the earliest full version of what was said "
									+ "(`true`), or only those that do not (`false`)",
							schema = @Schema(allowableValues = { "true", "false" }), example = "true"),
					@Parameter(name = "sort", in = ParameterIn.QUERY, description = "The order of the hits",
							schema = @Schema(allowableValues = { "relevance", "newest", "oldest" }),
							example = "newest"),
					@Parameter(name = "page", in = ParameterIn.QUERY,
							description = "The page, from 1 to " + SearchParameters.MAX_PAGE
									+ "; without it, every hit is streamed",
							schema = @Schema(type = "integer", minimum = "1", maximum = "1000"), example = "1"),
					@Parameter(name = "size", in = ParameterIn.QUERY,
							description = "Hits a page, from 1 to " + SearchParameters.MAX_SIZE,
							schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "10"),
							example = "10") })
	@ApiResponse(responseCode = "200", description = "The hits, their total and the facets that narrow them",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SearchPage.class)))
	ResponseEntity<StreamingResponseBody> quotes(@RequestParam @Parameter(hidden = true) Map<String, String> values,
			HttpServletRequest request) {
		SearchParameters parameters = SearchParameters.of(values);
		SearchQuery query = parameters.toQuery();
		// read now: the request is no longer current on the thread that streams the body
		Citing citing = new Citing(this.publicUrl.of(request), LocalDate.now());
		StreamingResponseBody body = (parameters.page() != null) ? page(this.search.search(query), citing)
				: all(this.search.prepare(query, Visibility.current()), citing);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * What a search answers, written by hand as the rows arrive: its shape, for the API's
	 * document.
	 */
	@Schema(name = "QuotePage", description = "Quotes found: `exact` is false when the total is an estimate")
	record SearchPage(long total, boolean exact, int page, int size, List<SearchJson> items, SearchFacets facets) {

	}

	/**
	 * How many of the hits share each value of a facet; {@code sampled} when counted on a
	 * sample.
	 */
	@Schema(name = "QuoteFacets", description = "For each facet, the values the hits have and how many have each; "
			+ "a facet's value is what its filter takes")
	record SearchFacets(boolean sampled, List<Facet> speaker, List<Facet> party, List<Facet> outlet, List<Facet> topic,
			List<Facet> rating, List<Facet> year) {

	}

	/**
	 * Where the hits' permalinks lead, and the date their citations say they were taken.
	 */
	private record Citing(String site, LocalDate retrieved) {

		SearchJson json(QuoteHit hit) {
			return SearchJson.from(hit, this.site, this.retrieved);
		}

	}

	private StreamingResponseBody page(SearchResult result, Citing citing) {
		return (out) -> {
			try (JsonGenerator json = this.json.createGenerator(out)) {
				json.writeStartObject();
				json.writeNumberProperty("total", result.total());
				json.writeBooleanProperty("exact", result.exact());
				json.writeNumberProperty("page", result.query().page());
				json.writeNumberProperty("size", result.query().size());
				json.writeName("items");
				json.writeStartArray();
				result.hits().forEach((hit) -> json.writePOJO(citing.json(hit)));
				json.writeEndArray();
				facets(json, result);
				json.writeEndObject();
			}
		};
	}

	private StreamingResponseBody all(SearchService.Export export, Citing citing) {
		long total = this.search.count(export);
		return (OutputStream out) -> {
			try (JsonGenerator json = this.json.createGenerator(out)) {
				json.writeStartObject();
				json.writeNumberProperty("total", total);
				json.writeBooleanProperty("exact", true);
				json.writeNumberProperty("page", 1);
				json.writeNumberProperty("size", total);
				json.writeName("items");
				json.writeStartArray();
				int[] written = { 0 };
				this.search.export(export, true, (hit) -> {
					json.writePOJO(citing.json(hit));
					if (++written[0] % 500 == 0) {
						json.flush();
					}
				});
				json.writeEndArray();
				facets(json, this.search.summary(export));
				json.writeEndObject();
			}
		};
	}

	private static void facets(JsonGenerator json, SearchResult result) {
		json.writeName("facets");
		json.writeStartObject();
		json.writeBooleanProperty("sampled", result.sampled());
		for (String name : SearchResult.FACETS) {
			json.writeName(name);
			json.writeStartArray();
			for (Facet facet : result.facet(name)) {
				json.writePOJO(facet);
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

}
