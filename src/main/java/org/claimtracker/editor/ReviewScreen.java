package org.claimtracker.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review screen as the editor's actions answer with it: the whole page, or for htmx
 * only its part that changes, with the focus where the editor goes on; without
 * JavaScript, a redirect back to where the editor was. It keeps the proposals the editor
 * rejected in the session, by their words.
 */
@Component
class ReviewScreen {

	private final ProposalReviewService proposals;

	private final PersonService people;

	private final ReviewLinking links;

	ReviewScreen(ProposalReviewService proposals, PersonService people, ReviewLinking links) {
		this.proposals = proposals;
		this.people = people;
		this.links = links;
	}

	/** The article's proposals less those rejected in this session. */
	ProposalReviewService.Review review(long articleId, HttpSession session) {
		return this.proposals.review(articleId, rejections(session, articleId));
	}

	/** Rejects these proposals of the article for the rest of the session. */
	void reject(long articleId, List<Rejection> rejected, HttpSession session) {
		List<Rejection> rejections = new ArrayList<>(rejections(session, articleId));
		rejections.addAll(rejected);
		session.setAttribute(sessionKey(articleId), rejections);
	}

	/**
	 * Opens the quote's linking panel with the claim most like it chosen, and the focus
	 * on the rationale: the editor writes why, then says which way the quote bears on it.
	 */
	void openLinking(long articleId, long quoteId, Model model) {
		ReviewLinking.Linking linking = this.links.linking(articleId, quoteId);
		if (linking != null) {
			Long likest = linking.claims().isEmpty() ? null : linking.claims().get(0).id();
			model.addAttribute("linking", linking);
			model.addAttribute("linkForm", ReviewLinkForm.of(quoteId, likest));
			model.addAttribute("focus", "rationale-" + quoteId);
		}
	}

	/** The screen, whole or for htmx its changing part, with a proposal open or none. */
	String page(ProposalReviewService.Review page, ProposalReviewService.@Nullable Item editing,
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
		return Htmx.asks(request) ? "editor/proposals :: review" : "editor/proposals";
	}

	/**
	 * After an action: for htmx, the screen's changing part at once, the focus on the
	 * proposal that came to where the one acted on was; without JavaScript, a redirect to
	 * the screen at that proposal, so that the page does not start again at the top.
	 */
	String done(long articleId, @Nullable String message, @Nullable Integer number, HttpSession session,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ProposalReviewService.Review page = review(articleId, session);
		Integer next = number == null ? null : page.after(number);
		if (Htmx.asks(request)) {
			if (message != null) {
				model.addAttribute("message", message);
			}
			model.addAttribute("focus", next == null ? "proposals-heading" : "proposal-" + next);
			return page(page, null, null, model, request);
		}
		if (message != null) {
			redirect.addFlashAttribute("message", message);
		}
		return "redirect:/editor/articles/" + articleId + "/review" + (next == null ? "" : "#proposal-" + next);
	}

	/**
	 * The same, the focus going to the element of that id, here or after the redirect.
	 */
	String doneAt(long articleId, String message, String focus, HttpSession session, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (Htmx.asks(request)) {
			model.addAttribute("message", message);
			model.addAttribute("focus", focus);
			return page(review(articleId, session), null, null, model, request);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/editor/articles/" + articleId + "/review#" + focus;
	}

	/**
	 * The article's rejections in this session; those kept by offsets, as sessions
	 * started before held them, are turned into rejections by words on the way.
	 */
	@SuppressWarnings("unchecked")
	private List<Rejection> rejections(HttpSession session, long articleId) {
		List<Rejection> rejections = kept(session, articleId);
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
