package org.claimtracker.editor;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.DuplicateEvidenceException;
import org.claimtracker.quote.QuoteNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links a quote accepted on the review screen to a claim, without leaving the screen: to
 * one of the claims offered there, or to a new claim written there. The button that links
 * says which way the quote bears on the claim.
 */
@Controller
class ReviewLinkController {

	private final ReviewLinking links;

	private final ReviewScreen screen;

	ReviewLinkController(ReviewLinking links, ReviewScreen screen) {
		this.links = links;
		this.screen = screen;
	}

	/**
	 * Links to a claim offered on the screen, or to a new claim written there
	 * ({@code /review/claim}); the screen comes back at the quote, or with the panel and
	 * what to fix.
	 */
	@PostMapping({ "/editor/articles/{id}/review/link", "/editor/articles/{id}/review/claim" })
	String link(@PathVariable long id, @Valid @ModelAttribute("linkForm") ReviewLinkForm form, BindingResult errors,
			HttpSession session, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		boolean newClaim = request.getRequestURI().endsWith("/claim");
		if (newClaim && (form.statement() == null || form.statement().isBlank())) {
			errors.rejectValue("statement", "editor.review.link.statement.required");
		}
		if (newClaim && form.kind() == null) {
			errors.rejectValue("kind", "editor.review.link.kind.required");
		}
		if (!newClaim && form.claimId() == null) {
			errors.rejectValue("claimId", "editor.evidence.claim.required");
		}
		if (form.rationale() == null || form.rationale().isBlank()) {
			errors.rejectValue("rationale", "editor.review.link.rationale.required");
		}
		ReviewLinking.Linking linking = (form.quoteId() == null) ? null : this.links.linking(id, form.quoteId());
		if (linking == null) {
			// no quote of this article: nothing here to link
			throw new QuoteNotFoundException(form.quoteId() == null ? 0 : form.quoteId());
		}
		if (!errors.hasErrors()) {
			try {
				// a position is its speaker's
				ClaimDraft draft = newClaim ? new ClaimDraft(form.statement(), form.kind(),
						form.kind() == ClaimKind.POSITION ? linking.speakerId() : null, Set.of()) : null;
				this.links.link(form.quoteId(), draft, form.claimId(), form.stance(), form.rationale());
				return this.screen.doneAt(id, "editor.evidence.added", "quote-" + form.quoteId(), session, request,
						model, redirect);
			}
			catch (DuplicateEvidenceException ex) {
				errors.rejectValue("claimId", "editor.evidence.duplicate");
			}
		}
		model.addAttribute("linking", linking);
		model.addAttribute("newClaim", newClaim);
		model.addAttribute("focus", "link-" + form.quoteId());
		return this.screen.page(this.screen.review(id, session), null, null, model, request);
	}

}
