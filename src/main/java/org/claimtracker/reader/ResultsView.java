package org.claimtracker.reader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.claimtracker.search.BadSearchException;
import org.claimtracker.search.QuoteHit;
import org.claimtracker.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What the search results' template ({@code src/main/jte/search/results.jte}) shows: the
 * result or the filter that could not be used, with the page's words, dates and links;
 * citations lead to permalinks on {@code site} and say they were {@code retrieved} today.
 */
public record ResultsView(@Nullable SearchResult result, @Nullable BadSearchException error, String contextPath,
		MessageSource messages, Locale locale, DateTimeFormatter dates, String site, LocalDate retrieved) {

	/** The page's words for a message code, with its arguments filled in. */
	public String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

	/** An address within the app (one that starts with a slash). */
	public String link(String path) {
		return this.contextPath + path;
	}

	public String date(LocalDate date) {
		return this.dates.format(date);
	}

	public String citation(QuoteHit hit) {
		return hit.citation().text(this.site, this.retrieved);
	}

	/**
	 * Whether there is a search to show: a result for a query that asks for something.
	 */
	public boolean searched() {
		return this.result != null && !this.result.query().isBlank();
	}

}
