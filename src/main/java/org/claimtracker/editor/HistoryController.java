package org.claimtracker.editor;

import java.util.List;
import java.util.Locale;

import org.claimtracker.history.Change;
import org.claimtracker.history.HistoryService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The history page of an article, quote, claim, evidence link, claim appearance or
 * person, newest change first; a claim's shows its evidence's changes among its own.
 */
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
		List<Change> changes = this.history.of(type, id);
		// a deleted item has no page any more: its history is all that is left of it. Its
		// own latest change says so, not a later one to its evidence.
		boolean deleted = "DEL".equals(changes.stream().filter(Change::own).findFirst().orElseThrow().kind());
		model.addAttribute("kind", type.name().toLowerCase(Locale.ROOT));
		model.addAttribute("id", id);
		model.addAttribute("page", deleted ? null : type.page(id));
		model.addAttribute("deleted", deleted);
		model.addAttribute("changes", changes);
		return "history/show";
	}

}
