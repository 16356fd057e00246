package org.claimtracker.history;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The history page of an article, quote, claim, evidence link, claim appearance or person, newest change first. */
@Controller
class HistoryController {

	private final HistoryService history;

	HistoryController(HistoryService history) {
		this.history = history;
	}

	@GetMapping("/history/{kind}/{id}")
	String show(@PathVariable String kind, @PathVariable long id, Model model) {
		HistoryService.Kind type;
		try {
			type = HistoryService.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No history for " + kind);
		}
		model.addAttribute("kind", type.name().toLowerCase(Locale.ROOT));
		model.addAttribute("id", id);
		model.addAttribute("page", type.page(id));
		model.addAttribute("changes", this.history.of(type, id));
		return "history/show";
	}

}
