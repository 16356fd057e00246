package org.claimtracker.reader;

import org.claimtracker.pages.PageService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page (latest coverage, the most evidenced claims and the races) and the page
 * that tells readers how to read them.
 */
@Controller
class HomeController {

	private final PageService reader;

	HomeController(PageService reader) {
		this.reader = reader;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("page", this.reader.home());
		return "index";
	}

	/**
	 * What a claim, a quote's kind, a stance and evidence are, and why evidence counts
	 * are no verdict: the words of every claim page, explained once.
	 */
	@GetMapping("/about")
	String about() {
		return "about";
	}

}
