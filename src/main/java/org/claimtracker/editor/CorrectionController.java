package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleView;
import org.claimtracker.correction.CorrectionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting an article's text. Saving keeps the old text as a revision and places every
 * quote and claim appearance again; a save from a stale version shows both texts instead.
 */
@Controller
class CorrectionController {

	private final ArticleService articles;

	private final CorrectionService corrections;

	CorrectionController(ArticleService articles, CorrectionService corrections) {
		this.articles = articles;
		this.corrections = corrections;
	}

	@GetMapping("/editor/articles/{id}/body")
	String edit(@PathVariable long id, Model model) {
		ArticleView article = this.articles.draft(id);
		return page(article, BodyForm.from(article), model);
	}

	@PostMapping("/editor/articles/{id}/body")
	String correct(@PathVariable long id, @Valid @ModelAttribute("form") BodyForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.version() == null) {
			errors.reject("editor.version.missing");
		}
		if (errors.hasErrors()) {
			return page(this.articles.draft(id), form, model);
		}
		return EditConflicts.save(() -> {
			redirect.addFlashAttribute("correction",
					EditConflicts.saveArticlePart(form.version(),
							(version) -> this.corrections.correct(id, version, form.text()),
							() -> this.articles.draft(id), form::sameText));
			redirect.addFlashAttribute("message", "editor.correction.saved");
			return "redirect:/editor/articles/" + id;
		}, response, () -> {
			// the text saved in between beside this editor's, to start again from it
			ArticleView current = this.articles.draft(id);
			model.addAttribute("current", current);
			model.addAttribute("mine", form.body());
			return page(current, BodyForm.from(current), model);
		});
	}

	private String page(ArticleView article, BodyForm form, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		return "editor/article-body";
	}

}
