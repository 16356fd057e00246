package org.claimtracker.api;

import java.io.OutputStream;
import java.util.Map;

import org.claimtracker.common.Visibility;
import org.claimtracker.search.Facet;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchResult;
import org.claimtracker.search.SearchService;
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

	SearchApiController(SearchService search, JsonMapper json) {
		this.search = search;
		this.json = json;
	}

	@GetMapping("/quotes")
	ResponseEntity<StreamingResponseBody> quotes(@RequestParam Map<String, String> values) {
		SearchParameters parameters = SearchParameters.of(values);
		SearchQuery query = parameters.toQuery();
		StreamingResponseBody body = (parameters.page() != null) ? page(this.search.search(query))
				: all(this.search.prepare(query, Visibility.current()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private StreamingResponseBody page(SearchResult result) {
		return (out) -> {
			try (JsonGenerator json = this.json.createGenerator(out)) {
				json.writeStartObject();
				json.writeNumberProperty("total", result.total());
				json.writeBooleanProperty("exact", result.exact());
				json.writeNumberProperty("page", result.query().page());
				json.writeNumberProperty("size", result.query().size());
				json.writeName("items");
				json.writeStartArray();
				result.hits().forEach((hit) -> json.writePOJO(SearchJson.from(hit)));
				json.writeEndArray();
				facets(json, result);
				json.writeEndObject();
			}
		};
	}

	private StreamingResponseBody all(SearchService.Export export) {
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
					json.writePOJO(SearchJson.from(hit));
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
