package org.claimtracker.editor;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.quote.TextSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resolving the quotes and claim appearances a correction could not place, which the
 * editor's article page lists as flagged (they need review): mark their words again in
 * the corrected text, or delete them. Deleting also serves those placed, from the quote's
 * page and the article's list of claim appearances. A stale version shows the saved words
 * beside the editor's.
 */
@Controller
class FlaggedSpanController {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final AppearanceService appearances;

	FlaggedSpanController(ArticleService articles, QuoteService quotes, AppearanceService appearances) {
		this.articles = articles;
		this.quotes = quotes;
		this.appearances = appearances;
	}

	@PostMapping("/editor/quotes/{id}/anchor")
	String anchorQuote(@PathVariable long id, @Valid @ModelAttribute("form") SpanAnchorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		QuoteView quote = this.quotes.quote(id);
		return anchor(quote.articleId(), form, errors, redirect, response,
				(start) -> this.quotes.anchor(id, form.version(), start, start + form.exact().length(), form.exact()),
				() -> conflict(quote.articleId(), form.exact(), this.quotes.quote(id).exact(), model));
	}

	@PostMapping("/editor/quotes/{id}/delete")
	String deleteQuote(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		QuoteView quote = this.quotes.quote(id);
		if (version == null) {
			return back(quote.articleId(), "editor.version.missing", redirect);
		}
		return EditConflicts.save(() -> {
			this.quotes.delete(id, version);
			return back(quote.articleId(), "editor.quote.deleted", redirect);
		}, response, () -> conflict(quote.articleId(), null, this.quotes.quote(id).exact(), model));
	}

	@PostMapping("/editor/appearances/{id}/anchor")
	String anchorAppearance(@PathVariable long id, @Valid @ModelAttribute("form") SpanAnchorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AppearanceView appearance = this.appearances.appearance(id);
		return anchor(appearance.articleId(), form, errors, redirect, response,
				(start) -> this.appearances.anchor(id, form.version(), start, start + form.exact().length(),
						form.exact()),
				() -> conflict(appearance.articleId(), form.exact(), this.appearances.appearance(id).exact(), model));
	}

	@PostMapping("/editor/appearances/{id}/delete")
	String deleteAppearance(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AppearanceView appearance = this.appearances.appearance(id);
		if (version == null) {
			return back(appearance.articleId(), "editor.version.missing", redirect);
		}
		return EditConflicts.save(() -> {
			this.appearances.delete(id, version);
			return back(appearance.articleId(), "editor.appearance.deleted", redirect);
		}, response, () -> conflict(appearance.articleId(), null, this.appearances.appearance(id).exact(), model));
	}

	private String anchor(long articleId, SpanAnchorForm form, BindingResult errors, RedirectAttributes redirect,
			HttpServletResponse response, IntConsumer save, Supplier<String> conflict) {
		if (errors.hasErrors()) {
			return back(articleId, errors.hasFieldErrors("version") ? "editor.version.missing" : "editor.flagged.empty",
					redirect);
		}
		String body = this.articles.find(articleId).getBody();
		int start;
		if (form.hasSelectors()) {
			start = form.start();
		}
		else {
			List<Integer> found = TextSearch.occurrences(body, form.exact());
			if (found.size() != 1) {
				return back(articleId, found.isEmpty() ? "editor.span.notFound" : "editor.flagged.ambiguous", redirect);
			}
			start = found.get(0);
		}
		try {
			return EditConflicts.save(() -> {
				save.accept(start);
				return back(articleId, "editor.flagged.anchored", redirect);
			}, response, conflict);
		}
		catch (AnchorMismatchException ex) {
			return back(articleId, "editor.span.mismatch", redirect);
		}
	}

	/** The words saved now beside those this editor marked (none: deleting). */
	private String conflict(long articleId, @Nullable String mine, String current, Model model) {
		model.addAttribute("articleId", articleId);
		model.addAttribute("mine", mine);
		model.addAttribute("current", current);
		return "editor/flagged-span-conflict";
	}

	private static String back(long articleId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/editor/articles/" + articleId;
	}

}
