package org.claimtracker.reader;

import org.claimtracker.pages.PageService;
import org.claimtracker.article.ArticleService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Article list and the article page with its quotes marked. */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 20;

	private final ArticleService articles;

	private final PageService reader;

	ArticleController(ArticleService articles, PageService reader) {
		this.articles = articles;
		this.reader = reader;
	}

	@GetMapping("/articles")
	String list(@RequestParam(required = false) @Nullable Long outlet, @RequestParam(defaultValue = "1") int page,
			Model model) {
		this.articles.checkOutletFilter(outlet);
		model.addAttribute("articles", PageNumber
			.within(this.articles.articles(outlet, PageRequest.of(PageNumber.check(page) - 1, PAGE_SIZE))));
		model.addAttribute("outlets", this.articles.outlets());
		model.addAttribute("outlet", outlet);
		return "articles/list";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", this.reader.article(id));
		return "articles/show";
	}

}
