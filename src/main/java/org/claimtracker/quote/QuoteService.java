package org.claimtracker.quote;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes: the words behind every claim. */
@Service
public class QuoteService {

	private final QuoteRepository quotes;

	QuoteService(QuoteRepository quotes) {
		this.quotes = quotes;
	}

	/** Saves a quote whose anchor has been checked against its article's body. */
	@Transactional
	public Quote add(Quote quote) {
		if (!quote.getAnchor().matches(quote.getArticle().getBody())) {
			throw new IllegalArgumentException("The quote's exact text is not at its position in the article");
		}
		return this.quotes.save(quote);
	}

}
