package org.claimtracker.reader;

import org.claimtracker.utterance.UtteranceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An utterance's page: every reported version of the words, each compared with the
 * earliest full one.
 */
@Controller
class UtteranceController {

	private final UtteranceService utterances;

	UtteranceController(UtteranceService utterances) {
		this.utterances = utterances;
	}

	@GetMapping("/utterances/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.utterances.utterance(id));
		return "utterances/show";
	}

}
