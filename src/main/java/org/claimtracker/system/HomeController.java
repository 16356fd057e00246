package org.claimtracker.system;

import org.claimtracker.article.ArticleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the latest published coverage. */
@Controller
class HomeController {

	private final ArticleService articles;

	HomeController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("articles", this.articles.publishedArticles());
		return "index";
	}

}
