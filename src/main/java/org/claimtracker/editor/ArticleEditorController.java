package org.claimtracker.editor;

import java.util.List;

import jakarta.validation.Valid;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.DuplicateArticleException;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.ClaimPicker;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.AnchorMismatchException;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.SaidAfterPublishedException;
import org.claimtracker.quote.TextSearch;
import org.claimtracker.pages.PageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding articles and marking quotes and claim appearances in their text. */
@Controller
class ArticleEditorController {

	private final ArticleService articles;

	private final ArticleEditorService editing;

	private final AppearanceService appearances;

	private final ClaimPicker picker;

	private final PersonService people;

	private final PageService reader;

	ArticleEditorController(ArticleService articles, ArticleEditorService editing, AppearanceService appearances,
			ClaimPicker picker, PersonService people, PageService reader) {
		this.articles = articles;
		this.editing = editing;
		this.appearances = appearances;
		this.picker = picker;
		this.people = people;
		this.reader = reader;
	}

	@GetMapping("/editor/articles/new")
	String newArticle(Model model) {
		model.addAttribute("form", ArticleForm.empty());
		model.addAttribute("outlets", this.articles.outlets());
		return "editor/article-new";
	}

	@PostMapping("/editor/articles")
	String create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				long id = this.articles.create(form.toArticle());
				redirect.addFlashAttribute("message", "editor.article.added");
				return "redirect:/editor/articles/" + id + "/review";
			}
			catch (DuplicateArticleException ex) {
				errors.rejectValue("url", "editor.article.duplicate");
				model.addAttribute("existingId", ex.getExistingId());
			}
		}
		model.addAttribute("outlets", this.articles.outlets());
		return "editor/article-new";
	}

	@GetMapping("/editor/articles/{id}")
	String annotate(@PathVariable long id, @RequestParam(required = false) @Nullable String find, Model model) {
		return annotatePage(id, SpanForm.empty(), find, model);
	}

	@PostMapping("/editor/articles/{id}/quotes")
	String markQuote(@PathVariable long id, @Valid @ModelAttribute("form") SpanForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (form.speakerId() == null && !form.hasNewSpeaker()) {
			errors.rejectValue("speakerId", "editor.quote.speaker.required");
		}
		if (form.kind() == null) {
			errors.rejectValue("kind", "editor.quote.kind.required");
		}
		Integer start = errors.hasFieldErrors("exact") ? null : locate(id, form, errors, model);
		if (errors.hasErrors() || start == null) {
			return annotatePage(id, form, null, model);
		}
		try {
			this.editing.markQuote(id, form.toMarking(start));
		}
		catch (SaidAfterPublishedException ex) {
			errors.rejectValue("saidOn", ex.getMessageKey(), ex.getArguments(), ex.getMessage());
			return annotatePage(id, form, null, model);
		}
		redirect.addFlashAttribute("message", "editor.quote.added");
		return "redirect:/editor/articles/" + id;
	}

	/**
	 * {@code find} holds the words the claims were found by, to offer the same claims
	 * again after an error.
	 */
	@PostMapping("/editor/articles/{id}/appearances")
	String markAppearance(@PathVariable long id, @Valid @ModelAttribute("form") SpanForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String find, Model model, RedirectAttributes redirect) {
		if (form.claimId() == null) {
			errors.rejectValue("claimId", "editor.appearance.claim.required");
		}
		Integer start = errors.hasFieldErrors("exact") ? null : locate(id, form, errors, model);
		if (errors.hasErrors() || start == null) {
			model.addAttribute("appearanceForm", true);
			return annotatePage(id, form, find, model);
		}
		this.appearances.mark(id, form.claimId(), start, start + form.exact().length(), form.exact());
		redirect.addFlashAttribute("message", "editor.appearance.added");
		return "redirect:/editor/articles/" + id;
	}

	/**
	 * Where the span starts: the browser's selectors when they match the text, else the
	 * one occurrence of the typed text; null with a field error when it is missing or
	 * ambiguous.
	 */
	private Integer locate(long articleId, SpanForm form, BindingResult errors, Model model) {
		String body = this.articles.find(articleId).getBody();
		if (form.hasSelectors()) {
			try {
				return TextSearch.anchor(body, form.start(), form.end(), form.exact()).getStart();
			}
			catch (AnchorMismatchException ex) {
				errors.rejectValue("exact", "editor.span.mismatch");
				return null;
			}
		}
		List<Integer> found = TextSearch.occurrences(body, form.exact());
		if (found.isEmpty()) {
			errors.rejectValue("exact", "editor.span.notFound");
			return null;
		}
		if (found.size() == 1) {
			return found.get(0);
		}
		if (form.occurrence() != null && found.contains(form.occurrence())) {
			return form.occurrence();
		}
		errors.rejectValue("exact", "editor.span.ambiguous", new Object[] { found.size() }, null);
		model.addAttribute("occurrences",
				found.stream().map((at) -> Occurrence.of(body, at, form.exact().length())).toList());
		return null;
	}

	private String annotatePage(long id, SpanForm form, @Nullable String find, Model model) {
		model.addAttribute("page", this.reader.article(id));
		model.addAttribute("form", form);
		model.addAttribute("people", this.people.everyone());
		model.addAttribute("find", find);
		model.addAttribute("claims", this.picker.claimsToPick(find, form.claimId()));
		model.addAttribute("kinds", QuoteKind.values());
		if (!model.containsAttribute("appearanceForm")) {
			model.addAttribute("appearanceForm", false);
		}
		return "editor/article";
	}

	/** One place the typed text occurs, with some context to tell the places apart. */
	record Occurrence(int start, String before, String text, String after) {

		static Occurrence of(String body, int start, int length) {
			return new Occurrence(start, body.substring(Math.max(0, start - 40), start),
					body.substring(start, start + length),
					body.substring(start + length, Math.min(body.length(), start + length + 40)));
		}

	}

}
