package org.claimtracker.reader;

import java.time.LocalDate;

import org.claimtracker.pages.PageService;
import org.claimtracker.pages.Pages;
import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.system.PublicUrl;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A quote's permalink page. */
@Controller
class QuoteController {

	private final PageService reader;

	private final PublicUrl publicUrl;

	QuoteController(PageService reader, PublicUrl publicUrl) {
		this.reader = reader;
		this.publicUrl = publicUrl;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model, HttpServletRequest request) {
		Pages.Quote page = this.reader.quote(id);
		model.addAttribute("page", page);
		// the citation leads back here from wherever it is pasted, and says when it was
		// taken
		String site = this.publicUrl.of(request);
		model.addAttribute("citation", page.quote().citation().text(site, LocalDate.now()));
		return "quotes/show";
	}

}
