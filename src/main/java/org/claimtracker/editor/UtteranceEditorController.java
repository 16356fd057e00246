package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletResponse;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.utterance.MergeRefusedException;
import org.claimtracker.utterance.NotAVersionException;
import org.claimtracker.utterance.UtteranceNotFoundException;
import org.claimtracker.utterance.UtteranceService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Splitting a version off an utterance into one of its own, and merging two utterances by
 * one speaker: from the versions the editor saw, back to the utterance's page with what
 * happened.
 */
@Controller
class UtteranceEditorController {

	private final UtteranceService utterances;

	UtteranceEditorController(UtteranceService utterances) {
		this.utterances = utterances;
	}

	@PostMapping("/editor/utterances/{id}/split")
	String split(@PathVariable long id, @RequestParam long quote, @RequestParam int version,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		try {
			long alone = this.utterances.split(id, version, quote);
			redirect.addFlashAttribute("message", (alone == id) ? "utterance.split.alone" : "utterance.split.done");
			return "redirect:/utterances/" + alone;
		}
		catch (StaleEditException ex) {
			return refused(id, "utterance.stale", HttpStatus.CONFLICT, response, model);
		}
		catch (NotAVersionException ex) {
			return refused(id, "utterance.split.notAVersion", HttpStatus.BAD_REQUEST, response, model);
		}
	}

	@PostMapping("/editor/utterances/{id}/merge")
	String merge(@PathVariable long id, @RequestParam int version, @RequestParam long other,
			@RequestParam(required = false) @Nullable Integer otherVersion, RedirectAttributes redirect,
			HttpServletResponse response, Model model) {
		try {
			this.utterances.merge(id, version, other, otherVersion);
			redirect.addFlashAttribute("message", "utterance.merge.done");
			return "redirect:/utterances/" + id;
		}
		catch (StaleEditException ex) {
			return refused(id, "utterance.stale", HttpStatus.CONFLICT, response, model);
		}
		catch (MergeRefusedException ex) {
			return refused(id, ex.getMessageKey(), HttpStatus.BAD_REQUEST, response, model);
		}
		catch (UtteranceNotFoundException ex) {
			if (ex.getId().equals(id)) {
				throw ex;
			}
			return refused(id, "utterance.merge.unknown", HttpStatus.BAD_REQUEST, response, model);
		}
	}

	/**
	 * The utterance's page as it is now, unchanged, saying why: what the editor starts
	 * again from.
	 */
	private String refused(long id, String message, HttpStatus status, HttpServletResponse response, Model model) {
		response.setStatus(status.value());
		model.addAttribute("page", this.utterances.utterance(id));
		model.addAttribute("message", message);
		return "utterances/show";
	}

}
