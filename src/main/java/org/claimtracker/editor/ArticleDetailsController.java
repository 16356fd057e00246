package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleView;
import org.claimtracker.article.DuplicateArticleException;
import org.claimtracker.quote.QuotesSaidLaterException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revising an article's title, outlet, byline, date and address after it was added; a
 * save from a stale version shows the details as saved now beside the editor's own.
 */
@Controller
class ArticleDetailsController {

	private final ArticleService articles;

	ArticleDetailsController(ArticleService articles) {
		this.articles = articles;
	}

	@GetMapping("/editor/articles/{id}/details")
	String edit(@PathVariable long id, Model model) {
		ArticleView article = this.articles.draft(id);
		return page(article, ArticleDetailsForm.from(article), model);
	}

	@PostMapping("/editor/articles/{id}/details")
	String revise(@PathVariable long id, @Valid @ModelAttribute("form") ArticleDetailsForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (!errors.hasErrors()) {
			try {
				return EditConflicts.save(() -> {
					EditConflicts.saveArticlePart(form.version(),
							(version) -> this.articles.revise(id, version, form.toDetails()),
							() -> this.articles.draft(id), form::sameDetails);
					redirect.addFlashAttribute("message", "editor.article.revised");
					return "redirect:/editor/articles/" + id;
				}, response, () -> {
					// their details beside this editor's, to start again from theirs
					ArticleView current = this.articles.draft(id);
					model.addAttribute("current", current);
					model.addAttribute("mine", form.toDetails());
					return page(current, ArticleDetailsForm.from(current), model);
				});
			}
			catch (DuplicateArticleException ex) {
				errors.rejectValue("url", "editor.article.duplicate");
				model.addAttribute("existingId", ex.getExistingId());
			}
			catch (QuotesSaidLaterException ex) {
				errors.rejectValue("publishedOn", ex.getMessageKey(), ex.getArguments(), ex.getMessage());
				model.addAttribute("laterQuotes", ex.getQuotes());
			}
		}
		return page(this.articles.draft(id), form, model);
	}

	private String page(ArticleView article, ArticleDetailsForm form, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		model.addAttribute("outlets", this.articles.outlets());
		return "editor/article-details";
	}

}
