package org.claimtracker.reader;

import org.claimtracker.pages.PageService;
import org.claimtracker.pages.Pages;
import org.claimtracker.person.PersonService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * People (candidates first, by race), a person's page, the races, and a race's candidates
 * side by side.
 */
@Controller
class PersonController {

	private final PersonService people;

	private final PageService reader;

	PersonController(PersonService people, PageService reader) {
		this.people = people;
		this.reader = reader;
	}

	@GetMapping("/people")
	String list(Model model) {
		var races = this.people.races();
		model.addAttribute("races", races);
		model.addAttribute("others",
				this.people.people()
					.stream()
					.filter((p) -> races.stream().noneMatch((r) -> r.hasCandidate(p.id())))
					.toList());
		return "people/list";
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable long id, Model model) {
		Pages.Person page = this.reader.person(id);
		model.addAttribute("page", page);
		model.addAttribute("feed",
				FeedLink.of("speaker", page.person().name(), "Quotes by " + page.person().name() + " (Atom)"));
		return "people/show";
	}

	/** Every race, a page at a time as the other lists, the latest first. */
	@GetMapping("/races")
	String races(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("races", PageNumber
			.within(this.people.races(PageRequest.of(PageNumber.check(page) - 1, ArticleController.PAGE_SIZE))));
		return "races/list";
	}

	@GetMapping("/races/{id}")
	String race(@PathVariable long id, Model model) {
		model.addAttribute("page", this.reader.race(id));
		return "races/show";
	}

}
