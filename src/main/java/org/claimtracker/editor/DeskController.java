package org.claimtracker.editor;

import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.importing.ReviewQueue;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The editor's desk: the articles whose proposed quotes wait for review, recent articles
 * and claims, drafts marked, and where to start new work.
 */
@Controller
class DeskController {

	/**
	 * How many articles and claims the desk lists; the reader lists page through them
	 * all.
	 */
	static final int RECENT = 50;

	private final ArticleService articles;

	private final ClaimService claims;

	private final ReviewQueue queue;

	DeskController(ArticleService articles, ClaimService claims, ReviewQueue queue) {
		this.articles = articles;
		this.claims = claims;
		this.queue = queue;
	}

	@GetMapping("/editor")
	String desk(Model model) {
		model.addAttribute("articles", this.articles.articles(null, PageRequest.of(0, RECENT)).getContent());
		model.addAttribute("claims", this.claims.newestClaims(RECENT));
		model.addAttribute("queue", this.queue.waiting(RECENT));
		model.addAttribute("queued", this.queue.size());
		return "editor/desk";
	}

}
