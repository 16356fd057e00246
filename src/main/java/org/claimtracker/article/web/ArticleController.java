package org.claimtracker.article.web;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.Paragraph;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The reader's article page. */
@Controller
class ArticleController {

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable long id, Model model) {
		Article article = this.articles.publishedArticle(id);
		model.addAttribute("article", article);
		model.addAttribute("paragraphs", Paragraph.of(article.getBody()));
		return "articles/show";
	}

}
