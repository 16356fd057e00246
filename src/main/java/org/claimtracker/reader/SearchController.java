package org.claimtracker.reader;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.claimtracker.common.Visibility;
import org.claimtracker.search.BadSearchException;
import org.claimtracker.search.SearchParameters;
import org.claimtracker.search.SearchQuery;
import org.claimtracker.search.SearchResult;
import org.claimtracker.search.SearchService;
import org.claimtracker.system.PublicUrl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The search page (whole, or only its results for htmx) and its CSV export. */
@Controller
class SearchController {

	private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

	/** The header by which htmx asks for part of a page: one address, two answers. */
	private static final String HTMX = "HX-Request";

	private final SearchService search;

	private final ResultsTemplate template;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	SearchController(SearchService search, ResultsTemplate template, MessageSource messages, PublicUrl publicUrl) {
		this.search = search;
		this.template = template;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	/**
	 * The whole page: the form, filled in, and the results. Also what htmx asks for when
	 * going back to a search it no longer holds: it puts the answer in place of the whole
	 * page.
	 */
	@GetMapping("/search")
	String page(@RequestParam Map<String, String> values, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		SearchParameters parameters = SearchParameters.of(values);
		Results results = search(parameters, request);
		response.setStatus(results.status().value());
		response.addHeader(HttpHeaders.VARY, HTMX);
		model.addAttribute("parameters", parameters);
		model.addAttribute("options", this.search.options());
		model.addAttribute("results", results.html());
		model.addAttribute("pageTitle", title(parameters, results.page()));
		if (results.status() == HttpStatus.OK && !values.isEmpty()) {
			model.addAttribute("feed",
					new FeedLink(FeedController.of(parameters.toQuery()), "These quotes, newest first (Atom)"));
		}
		model.addAttribute("filtersSet", filtersSet(parameters));
		return "search/page";
	}

	/**
	 * How many filters the search sets, as the control that shows them on a phone says:
	 * the order of the results is none.
	 */
	static long filtersSet(SearchParameters parameters) {
		return Stream
			.of(parameters.speaker(), parameters.party(), parameters.topic(), parameters.outlet(), parameters.kind(),
					parameters.stance(), parameters.claim(), parameters.from(), parameters.to())
			.filter((value) -> value != null && !value.isBlank())
			.count();
	}

	/**
	 * Only the results, which htmx puts in place of those shown as one types, after the
	 * page's title, which htmx takes for the window's (and the history's) from a title at
	 * the top of an answer.
	 */
	@GetMapping(path = "/search", headers = { HTMX, "!HX-History-Restore-Request" })
	ResponseEntity<String> results(@RequestParam Map<String, String> values, HttpServletRequest request) {
		SearchParameters parameters = SearchParameters.of(values);
		Results results = search(parameters, request);
		String title = "<title>" + HtmlUtils.htmlEscape(title(parameters, results.page()), "UTF-8") + "</title>\n";
		return ResponseEntity.status(results.status())
			.contentType(HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, LocaleContextHolder.getLocale().toLanguageTag())
			.varyBy(HTMX)
			.body(title + results.html());
	}

	/**
	 * The page's title: the words searched for, and which page of results past the first.
	 */
	private String title(SearchParameters parameters, int page) {
		Locale locale = LocaleContextHolder.getLocale();
		String q = parameters.q();
		String name = (q == null || q.isEmpty()) ? this.messages.getMessage("search.title", null, locale)
				: this.messages.getMessage("search.title.for", new Object[] { q }, locale);
		String paged = (page > 1) ? this.messages.getMessage("pager.title", new Object[] { name, page }, locale) : name;
		return paged + " — " + this.messages.getMessage("site.name", null, locale);
	}

	private Results search(SearchParameters parameters, HttpServletRequest request) {
		String site = this.publicUrl.of(request);
		try {
			SearchResult result = this.search.search(parameters.toQuery());
			return new Results(HttpStatus.OK, this.template.render(result, null, request.getContextPath(), site),
					result.query().page());
		}
		catch (BadSearchException ex) {
			return new Results(HttpStatus.BAD_REQUEST, this.template.render(null, ex, request.getContextPath(), site),
					1);
		}
	}

	/**
	 * The results part of the page, written out, the status it answers with and the page
	 * of results it shows (the first when the search was refused).
	 */
	private record Results(HttpStatus status, String html, int page) {

	}

	@GetMapping("/search.csv")
	ResponseEntity<StreamingResponseBody> csv(@RequestParam Map<String, String> values, HttpServletRequest request) {
		SearchQuery query = SearchParameters.of(values).toQuery();
		// a file is shared beyond the newsroom, where a draft's permalink leads nowhere:
		// published quotes only
		SearchService.Export export = this.search.prepare(query, Visibility.published());
		// read now: the request is no longer current on the thread that streams the body
		String site = this.publicUrl.of(request);
		LocalDate retrieved = LocalDate.now();
		StreamingResponseBody body = (out) -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (QuoteCsv csv = new QuoteCsv(writer, site, retrieved)) {
				this.search.export(export, false, csv::write);
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("quotes.csv").build().toString())
			.body(body);
	}

}
