package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.claimtracker.article.ArticleService;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing an article, the end of the path from review through editing: first a
 * checklist of what is left (proposals not yet reviewed, quotes linked to no claim, new
 * people still drafts, whom publishing publishes too), then publishing on confirmation.
 * From the review screen, htmx shows the checklist and publishes in place.
 */
@Controller
class PublishController {

	/** The header by which htmx asks for the checklist alone. */
	private final ArticleService articles;

	private final ArticleEditorService editing;

	private final ProposalReviewService proposals;

	PublishController(ArticleService articles, ArticleEditorService editing, ProposalReviewService proposals) {
		this.articles = articles;
		this.editing = editing;
		this.proposals = proposals;
	}

	/**
	 * The checklist: a page of its own, or for htmx (from the review screen) the
	 * checklist alone, put in place there.
	 */
	@GetMapping("/editor/articles/{id}/publish")
	String checklist(@PathVariable long id, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("articleId", id);
		model.addAttribute("articleTitle", this.articles.find(id).getTitle());
		model.addAttribute("checklist", this.editing.checklist(id));
		model.addAttribute("pending", this.proposals.review(id, ReviewScreen.kept(session, id)).items().size());
		response.addHeader(HttpHeaders.VARY, Htmx.REQUEST);
		return Htmx.asks(request) ? "editor/publish :: checklist" : "editor/publish";
	}

	/**
	 * Publishes once the editor confirmed it on the checklist; a form sent without the
	 * confirmation (as from an older page) shows the checklist.
	 */
	@PostMapping("/editor/articles/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!confirm) {
			return checklist(id, session, request, response, model);
		}
		boolean before = this.articles.find(id).isPublished();
		this.editing.publish(id);
		String message = before ? "editor.article.republished" : "editor.article.published";
		if (Htmx.asks(request)) {
			// in place: the checklist again, now of a published article, saying so
			model.addAttribute("message", message);
			return checklist(id, session, request, response, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/editor/articles/" + id;
	}

}
