package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.person.PersonNotFoundException;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.SaidAfterPublishedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revising a marked quote's speaker, kind, date and occasion, so that a misattributed
 * quote is fixed without deleting it and losing its evidence links; a save from a stale
 * version shows both versions.
 */
@Controller
class QuoteEditorController {

	private final QuoteService quotes;

	private final QuoteEditorPage page;

	QuoteEditorController(QuoteService quotes, QuoteEditorPage page) {
		this.quotes = quotes;
		this.page = page;
	}

	@PostMapping("/editor/quotes/{id}")
	String revise(@PathVariable long id, @Valid @ModelAttribute("quoteForm") QuoteForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.speakerId() == null) {
			errors.rejectValue("speakerId", "editor.quote.speaker.chooseOne");
		}
		if (form.kind() == null) {
			errors.rejectValue("kind", "editor.quote.kind.required");
		}
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (!errors.hasErrors()) {
			try {
				return EditConflicts.save(() -> {
					this.quotes.revise(id, form.version(), form.toRevision());
					redirect.addFlashAttribute("message", "editor.quote.revised");
					return "redirect:/editor/quotes/" + id;
				}, response, () -> {
					// the page shows the quote as saved now, this editor's entry beside
					// it
					model.addAttribute("mineQuote", form);
					model.addAttribute("quoteConflict", true);
					return this.page.show(id, null, EvidenceForm.empty(), null, model);
				});
			}
			catch (PersonNotFoundException ex) {
				errors.rejectValue("speakerId", "editor.quote.speaker.unknown");
			}
			catch (SaidAfterPublishedException ex) {
				errors.rejectValue("saidOn", ex.getMessageKey(), ex.getArguments(), ex.getMessage());
			}
		}
		return this.page.show(id, form, EvidenceForm.empty(), null, model);
	}

}
