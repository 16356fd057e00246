package org.claimtracker.editor;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.claim.DuplicateEvidenceException;
import org.claimtracker.claim.EvidenceService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking a quote to claims with a stance and a rationale, changing the stance,
 * unlinking.
 */
@Controller
class EvidenceEditorController {

	private final EvidenceService evidence;

	private final QuoteEditorPage page;

	private final MessageSource messages;

	EvidenceEditorController(EvidenceService evidence, QuoteEditorPage page, MessageSource messages) {
		this.evidence = evidence;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping("/editor/quotes/{id}")
	String quote(@PathVariable long id, @RequestParam(required = false) @Nullable String find, Model model) {
		return page(id, EvidenceForm.empty(), find, model);
	}

	/**
	 * {@code find} holds the words the claims were found by, to offer the same claims
	 * again after an error.
	 */
	@PostMapping("/editor/quotes/{id}/evidence")
	String link(@PathVariable long id, @Valid @ModelAttribute("form") EvidenceForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String find, Model model, RedirectAttributes redirect) {
		if (form.claimId() == null) {
			errors.rejectValue("claimId", "editor.evidence.claim.required");
		}
		if (!errors.hasErrors()) {
			try {
				this.evidence.link(id, form.claimId(), form.stance(), form.rationale());
				redirect.addFlashAttribute("message", "editor.evidence.added");
				return "redirect:/editor/quotes/" + id;
			}
			catch (DuplicateEvidenceException ex) {
				errors.rejectValue("claimId", "editor.evidence.duplicate");
			}
		}
		return page(id, form, find, model);
	}

	@PostMapping("/editor/quotes/{quoteId}/evidence/{id}")
	String revise(@PathVariable long quoteId, @PathVariable long id, @Valid @ModelAttribute("form") EvidenceForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		this.evidence.evidenceOf(quoteId, id);
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (errors.hasErrors()) {
			// shown on that link's own form, with what the editor entered
			model.addAttribute("revising", id);
			model.addAttribute("revision", form);
			model.addAttribute("revisionErrors",
					errors.getAllErrors().stream().map((error) -> this.messages.getMessage(error, locale)).toList());
			return page(quoteId, EvidenceForm.empty(), null, model);
		}
		return EditConflicts.save(() -> {
			this.evidence.revise(id, form.version(), form.stance(), form.rationale());
			redirect.addFlashAttribute("message", "editor.evidence.saved");
			return "redirect:/editor/quotes/" + quoteId;
		}, response, () -> conflict(quoteId, id, form, model));
	}

	@PostMapping("/editor/quotes/{quoteId}/evidence/{id}/delete")
	String unlink(@PathVariable long quoteId, @PathVariable long id,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		this.evidence.evidenceOf(quoteId, id);
		if (version == null) {
			redirect.addFlashAttribute("message", "editor.version.missing");
			return "redirect:/editor/quotes/" + quoteId;
		}
		return EditConflicts.save(() -> {
			this.evidence.unlink(id, version);
			redirect.addFlashAttribute("message", "editor.evidence.removed");
			return "redirect:/editor/quotes/" + quoteId;
		}, response, () -> conflict(quoteId, id, null, model));
	}

	/**
	 * The quote's page with the link as saved now beside the editor's change (none:
	 * unlinking).
	 */
	private String conflict(long quoteId, long id, @Nullable EvidenceForm mine, Model model) {
		model.addAttribute("current", this.evidence.evidenceOf(quoteId, id));
		model.addAttribute("mine", mine);
		return page(quoteId, EvidenceForm.empty(), null, model);
	}

	private String page(long quoteId, EvidenceForm form, @Nullable String find, Model model) {
		return this.page.show(quoteId, null, form, find, model);
	}

}
