package org.claimtracker.reader;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A quote's permalink page. */
@Controller
class QuoteController {

	private final ReaderService reader;

	QuoteController(ReaderService reader) {
		this.reader = reader;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		Pages.Quote page = this.reader.quote(id);
		model.addAttribute("page", page);
		// the citation leads back here from wherever it is pasted, and says when it was
		// taken
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		model.addAttribute("citation", page.quote().citation().text(site, LocalDate.now()));
		return "quotes/show";
	}

}
