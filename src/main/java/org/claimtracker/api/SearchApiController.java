package org.claimtracker.api;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;

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
	ResponseEntity<StreamingResponseBody> quotes(@RequestParam Map<String, String> values, HttpServletRequest request) {
		SearchParameters parameters = SearchParameters.of(values);
		SearchQuery query = parameters.toQuery();
		// read now: the request is no longer current on the thread that streams the body
		Citing citing = new Citing(this.publicUrl.of(request), LocalDate.now());
		StreamingResponseBody body = (parameters.page() != null) ? page(this.search.search(query), citing)
				: all(this.search.prepare(query, Visibility.current()), citing);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
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
