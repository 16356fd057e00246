package org.claimtracker.reader;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.pages.PageService;
import org.claimtracker.pages.Pages;
import org.claimtracker.quote.BibTexCitation;
import org.claimtracker.quote.Citation;
import org.claimtracker.quote.CitationStyles;
import org.claimtracker.quote.CslJsonCitation;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.system.PublicUrl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A quote's permalink page, and its citation as files for reference managers. */
@Controller
class QuoteController {

	/** CSL-JSON's own media type, which reference managers recognise. */
	static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

	static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");

	private final PageService reader;

	private final QuoteService quotes;

	private final PublicUrl publicUrl;

	QuoteController(PageService reader, QuoteService quotes, PublicUrl publicUrl) {
		this.reader = reader;
		this.quotes = quotes;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model, HttpServletRequest request) {
		Pages.Quote page = this.reader.quote(id);
		model.addAttribute("page", page);
		// the citations lead back here from wherever they are pasted, and say when they
		// were taken
		String site = this.publicUrl.of(request);
		LocalDate today = LocalDate.now();
		Citation citation = page.quote().citation();
		model.addAttribute("citation", citation.text(site, today));
		model.addAttribute("apa", CitationStyles.apa(citation, site, today));
		model.addAttribute("mla", CitationStyles.mla(citation, site, today));
		model.addAttribute("chicago", CitationStyles.chicago(citation, site, today));
		return "quotes/show";
	}

	@GetMapping("/quotes/{id}/citation.bib")
	ResponseEntity<byte[]> bibTex(@PathVariable long id, HttpServletRequest request) {
		Citation citation = this.quotes.quote(id).citation();
		return download(BibTexCitation.of(citation, this.publicUrl.of(request), LocalDate.now()), BIBTEX,
				"claimtracker-quote-" + id + ".bib");
	}

	@GetMapping("/quotes/{id}/citation.json")
	ResponseEntity<byte[]> cslJson(@PathVariable long id, HttpServletRequest request) {
		Citation citation = this.quotes.quote(id).citation();
		return download(CslJsonCitation.of(citation, this.publicUrl.of(request), LocalDate.now()), CSL_JSON,
				"claimtracker-quote-" + id + ".json");
	}

	private static ResponseEntity<byte[]> download(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
