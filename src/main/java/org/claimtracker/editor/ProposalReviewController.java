package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextSearch;
import org.jspecify.annotations.Nullable;
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
 * each, or accepts all. Rejections are kept in the editor's session, by their words.
 */
@Controller
class ProposalReviewController {

	private final ProposalReviewService proposals;

	private final PersonService people;

	ProposalReviewController(ProposalReviewService proposals, PersonService people) {
		this.proposals = proposals;
		this.people = people;
	}

	@GetMapping("/editor/articles/{id}/review")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable String edit, HttpSession session,
			Model model) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		ProposalReviewService.Item editing = edit == null ? null : page.item(edit);
		return page(page, editing, editing == null ? null : ProposalForm.of(editing), model);
	}

	@PostMapping("/editor/articles/{id}/review/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String key, HttpSession session, Model model,
			RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		if (!errors.hasErrors()) {
			form = located(form, page.body(), errors);
		}
		if (form.speakerId() == null && !form.hasNewSpeaker()) {
			errors.rejectValue("speakerId", "editor.quote.speaker.required");
		}
		ProposalReviewService.Item editing = key == null ? null : page.item(key);
		if (errors.hasErrors()) {
			return page(page, editing, form, model);
		}
		ProposalReviewService.Acceptance acceptance = new ProposalReviewService.Acceptance(form.start(), form.end(),
				form.kind(), form.speakerId(), form.speakerId() == null ? form.newSpeaker() : null);
		List<String> newPeople = this.proposals.newPeople(List.of(acceptance));
		if (!newPeople.isEmpty() && !form.confirmed()) {
			model.addAttribute("confirmPeople", newPeople);
			return page(page, editing, form, model);
		}
		int added = this.proposals.accept(id, List.of(acceptance));
		redirect.addFlashAttribute("message", (added == 0) ? "proposals.alreadyMarked" : "proposals.accepted");
		return "redirect:/editor/articles/" + id + "/review";
	}

	@PostMapping("/editor/articles/{id}/review/accept-all")
	String acceptAll(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, HttpSession session,
			Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		List<ProposalReviewService.Acceptance> acceptances = page.items()
			.stream()
			.filter((item) -> !item.needsSpeaker())
			.map((item) -> new ProposalReviewService.Acceptance(item.start(), item.end(), item.kind(), item.personId(),
					item.personId() == null ? item.speaker() : null))
			.toList();
		List<String> newPeople = this.proposals.newPeople(acceptances);
		if (!newPeople.isEmpty() && !confirm) {
			model.addAttribute("confirmAllPeople", newPeople);
			return page(page, null, null, model);
		}
		int accepted = this.proposals.accept(id, acceptances);
		redirect.addFlashAttribute("acceptedCount", accepted);
		redirect.addFlashAttribute("skippedCount", page.items().size() - acceptances.size());
		return "redirect:/editor/articles/" + id + "/review";
	}

	@PostMapping("/editor/articles/{id}/review/reject")
	String reject(@PathVariable long id, @RequestParam String key, HttpSession session, RedirectAttributes redirect) {
		List<Rejection> rejections = new ArrayList<>(rejections(session, id));
		ProposalReviewService.Review page = this.proposals.review(id, rejections);
		ProposalReviewService.Item item = page.item(key);
		// a proposal gone since the page was opened (rejected in another tab,
		// or its words corrected away) leaves nothing to reject
		if (item != null) {
			rejections.add(Rejection.of(page.body(), item.start(), item.end(), item.kind()));
			session.setAttribute(sessionKey(id), rejections);
		}
		redirect.addFlashAttribute("message", "proposals.rejected");
		return "redirect:/editor/articles/" + id + "/review";
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

	private String page(ProposalReviewService.Review page, ProposalReviewService.@Nullable Item editing,
			@Nullable ProposalForm form, Model model) {
		model.addAttribute("review", page);
		model.addAttribute("paragraphs", ProposalMarks.paragraphs(page));
		model.addAttribute("editing", editing);
		if (form != null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("people", this.people.everyone());
		model.addAttribute("kinds", QuoteKind.values());
		return "editor/proposals";
	}

	/**
	 * The article's rejections in this session; those kept by offsets, as sessions
	 * started before held them, are turned into rejections by words on the way.
	 */
	@SuppressWarnings("unchecked")
	private List<Rejection> rejections(HttpSession session, long articleId) {
		Object kept = session.getAttribute(sessionKey(articleId));
		List<Rejection> rejections = kept instanceof List<?> list ? (List<Rejection>) list : List.of();
		if (session.getAttribute(offsetsKey(articleId)) instanceof Set<?> keys) {
			rejections = new ArrayList<>(rejections);
			rejections.addAll(this.proposals.fromKeys(articleId, (Set<String>) keys));
			session.setAttribute(sessionKey(articleId), rejections);
			session.removeAttribute(offsetsKey(articleId));
		}
		return rejections;
	}

	/**
	 * Where the session holds the article's rejections; named as when proposals were "the
	 * review", so that editors signed in across a release keep theirs.
	 */
	private static String sessionKey(long articleId) {
		return "review.rejections." + articleId;
	}

	/** Where older sessions hold rejections as their proposals' keys, by offsets. */
	private static String offsetsKey(long articleId) {
		return "review.rejected." + articleId;
	}

}
