package org.claimtracker.reader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A quote's permalink page. */
@Controller
class QuoteController {

	private final ReaderService reader;

	QuoteController(ReaderService reader) {
		this.reader = reader;
	}

	@GetMapping("/quotes/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.reader.quote(id));
		return "quotes/show";
	}

}
