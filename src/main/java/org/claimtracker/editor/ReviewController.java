package org.claimtracker.editor;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.quote.TextSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Resolving the quotes and claim appearances a correction could not place: mark their
 * words again in the corrected text, or delete them. Deleting also serves those placed,
 * from the quote's page and the article's list of claim appearances. A stale version
 * shows the saved words beside the editor's.
 */
@Controller
class ReviewController {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final AppearanceService appearances;

	ReviewController(ArticleService articles, QuoteService quotes, AppearanceService appearances) {
		this.articles = articles;
		this.quotes = quotes;
		this.appearances = appearances;
	}

	@PostMapping("/editor/quotes/{id}/anchor")
	String anchorQuote(@PathVariable long id, @Valid @ModelAttribute("form") SpanAnchorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		QuoteView quote = this.quotes.quote(id);
		return anchor(quote.articleId(), form, errors, redirect,
				(start) -> this.quotes.anchor(id, form.version(), start, start + form.exact().length(), form.exact()),
				() -> conflict(quote.articleId(), form.exact(), this.quotes.quote(id).exact(), model, response));
	}

	@PostMapping("/editor/quotes/{id}/delete")
	String deleteQuote(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		QuoteView quote = this.quotes.quote(id);
		if (version == null) {
			return back(quote.articleId(), "editor.version.missing", redirect);
		}
		try {
			this.quotes.delete(id, version);
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			return conflict(quote.articleId(), null, this.quotes.quote(id).exact(), model, response);
		}
		return back(quote.articleId(), "editor.review.quoteDeleted", redirect);
	}

	@PostMapping("/editor/appearances/{id}/anchor")
	String anchorAppearance(@PathVariable long id, @Valid @ModelAttribute("form") SpanAnchorForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AppearanceView appearance = this.appearances.appearance(id);
		return anchor(appearance.articleId(), form, errors, redirect,
				(start) -> this.appearances.anchor(id, form.version(), start, start + form.exact().length(),
						form.exact()),
				() -> conflict(appearance.articleId(), form.exact(), this.appearances.appearance(id).exact(), model,
						response));
	}

	@PostMapping("/editor/appearances/{id}/delete")
	String deleteAppearance(@PathVariable long id, @RequestParam(required = false) @Nullable Integer version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AppearanceView appearance = this.appearances.appearance(id);
		if (version == null) {
			return back(appearance.articleId(), "editor.version.missing", redirect);
		}
		try {
			this.appearances.delete(id, version);
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			return conflict(appearance.articleId(), null, this.appearances.appearance(id).exact(), model, response);
		}
		return back(appearance.articleId(), "editor.review.appearanceDeleted", redirect);
	}

	private String anchor(long articleId, SpanAnchorForm form, BindingResult errors, RedirectAttributes redirect,
			IntConsumer save, Supplier<String> conflict) {
		if (errors.hasErrors()) {
			return back(articleId, errors.hasFieldErrors("version") ? "editor.version.missing" : "editor.review.empty",
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
				return back(articleId, found.isEmpty() ? "editor.span.notFound" : "editor.review.ambiguous", redirect);
			}
			start = found.get(0);
		}
		try {
			save.accept(start);
		}
		catch (AnchorMismatchException ex) {
			return back(articleId, "editor.span.mismatch", redirect);
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			return conflict.get();
		}
		return back(articleId, "editor.review.anchored", redirect);
	}

	private String conflict(long articleId, @Nullable String mine, String current, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("articleId", articleId);
		model.addAttribute("mine", mine);
		model.addAttribute("current", current);
		return "editor/review-conflict";
	}

	private static String back(long articleId, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/editor/articles/" + articleId;
	}

}
