package org.claimtracker.editor;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.claimtracker.quote.TextSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
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
 * The review screen after an article comes in: the body with the proposed quotes marked
 * and a list beside it, where the editor accepts (as a draft quote), corrects or rejects
 * each, accepts all that are sure, or rejects all that are not. With JavaScript each
 * action updates the screen in place (htmx) and keys drive it ({@code js/review.js});
 * without, plain forms do the same and come back to where the editor was.
 */
@Controller
class ProposalReviewController {

	private final ProposalReviewService proposals;

	private final ReviewScreen screen;

	ProposalReviewController(ProposalReviewService proposals, ReviewScreen screen) {
		this.proposals = proposals;
		this.screen = screen;
	}

	/**
	 * The screen, or for htmx (which sends {@value Htmx#REQUEST}) only its part that
	 * changes: the text and the proposals. Opening a proposal's form moves the focus to
	 * its speaker; opening an accepted quote's linking panel, to its rationale.
	 */
	@GetMapping("/editor/articles/{id}/review")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable String edit,
			@RequestParam(required = false) @Nullable Long link, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ProposalReviewService.Review page = this.screen.review(id, session);
		ProposalReviewService.Item editing = edit == null ? null : page.item(edit);
		if (editing != null) {
			model.addAttribute("focus", "speaker-" + editing.number());
		}
		if (link != null) {
			this.screen.openLinking(id, link, model);
		}
		response.addHeader(HttpHeaders.VARY, Htmx.REQUEST);
		return this.screen.page(page, editing, editing == null ? null : ProposalForm.of(editing), model, request);
	}

	@PostMapping("/editor/articles/{id}/review/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String key, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.screen.review(id, session);
		if (!errors.hasErrors()) {
			form = located(form, page.body(), errors);
		}
		if (form.speakerId() == null && !form.hasNewSpeaker()) {
			errors.rejectValue("speakerId", "editor.quote.speaker.required");
		}
		ProposalReviewService.Item editing = key == null ? null : page.item(key);
		if (errors.hasErrors()) {
			if (editing != null) {
				model.addAttribute("focus", "proposal-" + editing.number());
			}
			return this.screen.page(page, editing, form, model, request);
		}
		ProposalReviewService.Acceptance acceptance = new ProposalReviewService.Acceptance(form.start(), form.end(),
				form.kind(), form.speakerId(), form.speakerId() == null ? form.newSpeaker() : null, form.newParty(),
				form.newRole());
		List<String> newPeople = this.proposals.newPeople(List.of(acceptance));
		if (!newPeople.isEmpty() && !form.confirmed()) {
			model.addAttribute("confirmPeople", newPeople);
			if (editing != null) {
				model.addAttribute("focus", "confirm-" + editing.number());
			}
			return this.screen.page(page, editing, form, model, request);
		}
		int added = this.proposals.accept(id, List.of(acceptance));
		// accepted with another span or kind, the proposal itself is done with too
		if (editing != null
				&& !(editing.start() == form.start() && editing.end() == form.end() && editing.kind() == form.kind())) {
			this.screen.reject(id, List.of(Rejection.of(page.body(), editing.start(), editing.end(), editing.kind())),
					session);
		}
		return this.screen.done(id, (added == 0) ? "proposals.alreadyMarked" : "proposals.accepted",
				editing == null ? null : editing.number(), session, request, model, redirect);
	}

	/**
	 * Accepts the {@linkplain ProposalReviewService.Item#confident() confident} proposals
	 * that have a speaker; the others stay, listed for a look.
	 */
	@PostMapping("/editor/articles/{id}/review/accept-all")
	String acceptAll(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, HttpSession session,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.screen.review(id, session);
		List<ProposalReviewService.Acceptance> acceptances = page.items()
			.stream()
			.filter(ProposalReviewService.Item::confident)
			.map(ProposalReviewService.Item::acceptance)
			.toList();
		List<String> newPeople = this.proposals.newPeople(acceptances);
		if (!newPeople.isEmpty() && !confirm) {
			model.addAttribute("confirmAllPeople", newPeople);
			model.addAttribute("focus", "confirm-all");
			return this.screen.page(page, null, null, model, request);
		}
		int accepted = this.proposals.accept(id, acceptances);
		int left = page.items().size() - acceptances.size();
		if (Htmx.asks(request)) {
			model.addAttribute("acceptedCount", accepted);
			model.addAttribute("skippedCount", left);
		}
		else {
			redirect.addFlashAttribute("acceptedCount", accepted);
			redirect.addFlashAttribute("skippedCount", left);
		}
		return this.screen.done(id, null, (left > 0) ? 1 : null, session, request, model, redirect);
	}

	@PostMapping("/editor/articles/{id}/review/reject")
	String reject(@PathVariable long id, @RequestParam String key, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.screen.review(id, session);
		ProposalReviewService.Item item = page.item(key);
		// a proposal gone since the page was opened (rejected in another tab,
		// or its words corrected away) leaves nothing to reject
		if (item != null) {
			this.screen.reject(id, List.of(Rejection.of(page.body(), item.start(), item.end(), item.kind())), session);
		}
		return this.screen.done(id, "proposals.rejected", item == null ? null : item.number(), session, request, model,
				redirect);
	}

	/**
	 * Rejects every proposal listed for a look (unsure, or with no speaker) at once, once
	 * the editor has looked at them.
	 */
	@PostMapping("/editor/articles/{id}/review/reject-unsure")
	String rejectUnsure(@PathVariable long id, HttpSession session, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.screen.review(id, session);
		this.screen.reject(id,
				page.forALook()
					.stream()
					.map((item) -> Rejection.of(page.body(), item.start(), item.end(), item.kind()))
					.toList(),
				session);
		return this.screen.done(id, "proposals.rejectedUnsure", null, session, request, model, redirect);
	}

	/**
	 * The form with its span checked: when the exact words were changed, their occurrence
	 * nearest to the given start; otherwise start and end as given, inside the body and
	 * holding words.
	 */
	private static ProposalForm located(ProposalForm form, String body, BindingResult errors) {
		boolean inside = form.end() <= body.length() && form.start() < form.end();
		String exact = form.exact();
		if (exact != null && !exact.isBlank() && !(inside && body.substring(form.start(), form.end()).equals(exact))) {
			int nearest = -1;
			for (int at : TextSearch.occurrences(body, exact)) {
				if (nearest < 0 || Math.abs(at - form.start()) < Math.abs(nearest - form.start())) {
					nearest = at;
				}
			}
			if (nearest < 0) {
				errors.rejectValue("exact", "editor.span.notFound");
				return form;
			}
			return form.at(nearest, nearest + exact.length());
		}
		if (!inside || body.substring(form.start(), form.end()).isBlank()) {
			errors.rejectValue("end", "proposals.span.invalid", new Object[] { body.length() }, null);
		}
		return form;
	}

}
