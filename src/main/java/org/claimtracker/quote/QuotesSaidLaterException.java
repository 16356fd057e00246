package org.claimtracker.quote;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An article's new date is before the dates some of its quotes were said, which cannot
 * be: their dates are to be corrected first. Nothing was changed.
 */
public class QuotesSaidLaterException extends RuntimeException {

	private final List<QuoteView> quotes;

	QuotesSaidLaterException(List<QuoteView> quotes) {
		super("Quotes " + ids(quotes) + " were said after the article's new date");
		this.quotes = quotes;
	}

	/** The quotes said after the new date, latest first. */
	public List<QuoteView> getQuotes() {
		return this.quotes;
	}

	/** The message that says why, in {@code messages.properties}. */
	public String getMessageKey() {
		return "article.publishedOn.beforeQuotes";
	}

	/** How many quotes, which ones, and the latest date one was said. */
	public Object[] getArguments() {
		return new Object[] { this.quotes.size(), ids(this.quotes), this.quotes.get(0).saidOn() };
	}

	private static String ids(List<QuoteView> quotes) {
		return quotes.stream().map((quote) -> Long.toString(quote.id())).collect(Collectors.joining(", "));
	}

}
