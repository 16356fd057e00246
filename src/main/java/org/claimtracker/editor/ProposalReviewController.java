package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.DuplicateEvidenceException;
import org.claimtracker.claim.Stance;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteNotFoundException;
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
 * each, or accepts all. Rejections are kept in the editor's session, by their words. With
 * JavaScript each action updates the screen in place (htmx) and keys drive it
 * ({@code js/review.js}); without, plain forms do the same and come back to where the
 * editor was.
 */
@Controller
class ProposalReviewController {

	/** The header by which htmx asks for the part of the screen that changes. */
	private static final String HTMX = "HX-Request";

	private final ProposalReviewService proposals;

	private final PersonService people;

	private final ReviewLinking links;

	ProposalReviewController(ProposalReviewService proposals, PersonService people, ReviewLinking links) {
		this.proposals = proposals;
		this.people = people;
		this.links = links;
	}

	/**
	 * The screen, or for htmx (which sends {@value #HTMX}) only its part that changes:
	 * the text and the proposals. Opening a proposal's form moves the focus to its
	 * speaker.
	 */
	@GetMapping("/editor/articles/{id}/review")
	String show(@PathVariable long id, @RequestParam(required = false) @Nullable String edit,
			@RequestParam(required = false) @Nullable Long link, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		ProposalReviewService.Item editing = edit == null ? null : page.item(edit);
		if (editing != null) {
			model.addAttribute("focus", "speaker-" + editing.number());
		}
		if (link != null) {
			linking(id, ReviewLinkForm.of(link), model);
		}
		response.addHeader(HttpHeaders.VARY, HTMX);
		return page(page, editing, editing == null ? null : ProposalForm.of(editing), model, request);
	}

	/**
	 * Links an accepted quote to a claim offered on the screen, or to a new claim written
	 * there ({@code /review/claim}); the screen comes back at the quote.
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
				return doneAt(id, "editor.evidence.added", "quote-" + form.quoteId(), session, request, model,
						redirect);
			}
			catch (DuplicateEvidenceException ex) {
				errors.rejectValue("claimId", "editor.evidence.duplicate");
			}
		}
		model.addAttribute("linking", linking);
		model.addAttribute("newClaim", newClaim);
		model.addAttribute("focus", "link-" + form.quoteId());
		return page(this.proposals.review(id, rejections(session, id)), null, null, model, request);
	}

	private void linking(long id, ReviewLinkForm form, Model model) {
		ReviewLinking.Linking linking = this.links.linking(id, Objects.requireNonNull(form.quoteId()));
		if (linking != null) {
			model.addAttribute("linking", linking);
			model.addAttribute("linkForm", form);
			model.addAttribute("focus", "link-" + form.quoteId());
		}
	}

	@PostMapping("/editor/articles/{id}/review/accept")
	String accept(@PathVariable long id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String key, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		List<Rejection> rejections = new ArrayList<>(rejections(session, id));
		ProposalReviewService.Review page = this.proposals.review(id, rejections);
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
			return page(page, editing, form, model, request);
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
			return page(page, editing, form, model, request);
		}
		int added = this.proposals.accept(id, List.of(acceptance));
		// accepted with another span or kind, the proposal itself is done with too
		if (editing != null
				&& !(editing.start() == form.start() && editing.end() == form.end() && editing.kind() == form.kind())) {
			rejections.add(Rejection.of(page.body(), editing.start(), editing.end(), editing.kind()));
			session.setAttribute(sessionKey(id), rejections);
		}
		return done(id, (added == 0) ? "proposals.alreadyMarked" : "proposals.accepted",
				editing == null ? null : editing.number(), session, request, model, redirect);
	}

	/**
	 * Accepts the {@linkplain ProposalReviewService.Item#confident() confident} proposals
	 * that have a speaker; the others stay, listed for a look.
	 */
	@PostMapping("/editor/articles/{id}/review/accept-all")
	String acceptAll(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, HttpSession session,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		List<ProposalReviewService.Acceptance> acceptances = page.items()
			.stream()
			.filter(ProposalReviewService.Item::confident)
			.map(ProposalReviewService.Item::acceptance)
			.toList();
		List<String> newPeople = this.proposals.newPeople(acceptances);
		if (!newPeople.isEmpty() && !confirm) {
			model.addAttribute("confirmAllPeople", newPeople);
			model.addAttribute("focus", "confirm-all");
			return page(page, null, null, model, request);
		}
		int accepted = this.proposals.accept(id, acceptances);
		int left = page.items().size() - acceptances.size();
		if (isHtmx(request)) {
			model.addAttribute("acceptedCount", accepted);
			model.addAttribute("skippedCount", left);
		}
		else {
			redirect.addFlashAttribute("acceptedCount", accepted);
			redirect.addFlashAttribute("skippedCount", left);
		}
		return done(id, null, (left > 0) ? 1 : null, session, request, model, redirect);
	}

	@PostMapping("/editor/articles/{id}/review/reject")
	String reject(@PathVariable long id, @RequestParam String key, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		List<Rejection> rejections = new ArrayList<>(rejections(session, id));
		ProposalReviewService.Review page = this.proposals.review(id, rejections);
		ProposalReviewService.Item item = page.item(key);
		// a proposal gone since the page was opened (rejected in another tab,
		// or its words corrected away) leaves nothing to reject
		if (item != null) {
			rejections.add(Rejection.of(page.body(), item.start(), item.end(), item.kind()));
			session.setAttribute(sessionKey(id), rejections);
		}
		return done(id, "proposals.rejected", item == null ? null : item.number(), session, request, model, redirect);
	}

	/**
	 * After an action: for htmx, the screen's changing part at once, the focus on the
	 * proposal that came to where the one acted on was; without JavaScript, a redirect to
	 * the screen at that proposal, so that the page does not start again at the top.
	 */
	private String done(long id, @Nullable String message, @Nullable Integer number, HttpSession session,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = this.proposals.review(id, rejections(session, id));
		Integer next = number == null ? null : page.after(number);
		if (isHtmx(request)) {
			if (message != null) {
				model.addAttribute("message", message);
			}
			model.addAttribute("focus", next == null ? "proposals-heading" : "proposal-" + next);
			return page(page, null, null, model, request);
		}
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		return "redirect:/editor/articles/" + id + "/review" + (next == null ? "" : "#proposal-" + next);
	}

	/**
	 * The same, the focus going to the element of that id, here or after the redirect.
	 */
	private String doneAt(long id, String message, String focus, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (isHtmx(request)) {
			model.addAttribute("message", message);
			model.addAttribute("focus", focus);
			return page(this.proposals.review(id, rejections(session, id)), null, null, model, request);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/editor/articles/" + id + "/review#" + focus;
	}

	private static boolean isHtmx(HttpServletRequest request) {
		return request.getHeader(HTMX) != null && request.getHeader("HX-History-Restore-Request") == null;
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
			@Nullable ProposalForm form, Model model, HttpServletRequest request) {
		model.addAttribute("review", page);
		model.addAttribute("paragraphs", ProposalMarks.paragraphs(page));
		model.addAttribute("editing", editing);
		if (form != null) {
			model.addAttribute("form", form);
		}
		model.addAttribute("people", this.people.everyone());
		model.addAttribute("kinds", QuoteKind.values());
		model.addAttribute("confident", ProposalReviewService.CONFIDENT);
		model.addAttribute("stances", Stance.values());
		if (!model.containsAttribute("newClaim")) {
			model.addAttribute("newClaim", false);
		}
		model.addAttribute("claimKinds", ClaimKind.values());
		return isHtmx(request) ? "editor/proposals :: review" : "editor/proposals";
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
	 * The article's rejections this session holds by their words, for other pages that
	 * count what is left to review.
	 */
	@SuppressWarnings("unchecked")
	static List<Rejection> kept(HttpSession session, long articleId) {
		return (session.getAttribute(sessionKey(articleId)) instanceof List<?> list) ? (List<Rejection>) list
				: List.of();
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
