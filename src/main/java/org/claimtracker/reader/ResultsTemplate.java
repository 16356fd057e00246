package org.claimtracker.reader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.claimtracker.search.BadSearchException;
import org.claimtracker.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the results part of the search page. It is what htmx asks for at each pause in
 * typing, so its template is compiled to Java with the code (jte) rather than a fragment
 * of the page's Thymeleaf template: rendered by Thymeleaf it took a fifth as long again
 * as a rare word's SQL (docs/performance.md).
 */
@Component
class ResultsTemplate {

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

	private final MessageSource messages;

	ResultsTemplate(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The results, their links within {@code contextPath}, their citations leading to
	 * {@code site}.
	 */
	String render(@Nullable SearchResult result, @Nullable BadSearchException error, String contextPath, String site) {
		Locale locale = LocaleContextHolder.getLocale();
		ResultsView view = new ResultsView(result, error, contextPath, this.messages, locale,
				DateTimeFormatter.ofPattern("d MMMM yyyy", locale), site, LocalDate.now());
		StringOutput html = new StringOutput();
		this.templates.render("search/results.jte", view, html);
		return html.toString();
	}

}
