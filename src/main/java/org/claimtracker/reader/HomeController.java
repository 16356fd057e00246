package org.claimtracker.reader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: latest coverage, the most evidenced claims and the races. */
@Controller
class HomeController {

	private final ReaderService reader;

	HomeController(ReaderService reader) {
		this.reader = reader;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("page", this.reader.home());
		return "index";
	}

}
