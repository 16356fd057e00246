package org.claimtracker.search.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.common.Visibility;
import org.claimtracker.search.BadSearchException;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchResult;
import org.claimtracker.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The search page (whole, or only its results for htmx) and its CSV export. */
@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam Map<String, String> values,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		SearchParameters parameters = SearchParameters.of(values);
		boolean partial = htmx != null;
		model.addAttribute("parameters", parameters);
		if (!partial) {
			model.addAttribute("options", this.search.options());
		}
		try {
			SearchQuery query = parameters.toQuery();
			SearchResult result = this.search.search(query);
			model.addAttribute("result", result);
		}
		catch (BadSearchException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", ex);
		}
		return partial ? "search/page :: results" : "search/page";
	}

	@GetMapping("/search.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam Map<String, String> values) {
		SearchQuery query = SearchParameters.of(values).toQuery();
		// a file is shared beyond the newsroom, where a draft's permalink leads nowhere:
		// published quotes only
		SearchService.Export export = this.search.prepare(query, Visibility.published());
		// read now: the request is no longer current on the thread that streams the body
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (QuoteCsv csv = new QuoteCsv(writer, site)) {
				this.search.export(export, false, csv::write);
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("quotes.csv").build().toString())
			.body(body);
	}

	/** A bad filter on the export: the 400 page says which one. */
	@ExceptionHandler(BadSearchException.class)
	ModelAndView badExport(BadSearchException ex) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("reason", ex.getMessage());
		return page;
	}

}
