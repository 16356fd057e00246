package org.claimtracker.quote;

import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes: the words behind every claim. */
@Service
public class QuoteService {

	private static final Publication PUBLISHED = Publication.PUBLISHED;

	private final QuoteRepository quotes;

	QuoteService(QuoteRepository quotes) {
		this.quotes = quotes;
	}

	@Transactional(readOnly = true)
	public QuoteView quote(long id) {
		return this.quotes.findPublished(id, PUBLISHED).map(QuoteView::from).orElseThrow(() -> new QuoteNotFoundException(id));
	}

	/** The article's published quotes in reading order. */
	@Transactional(readOnly = true)
	public List<QuoteView> inArticle(long articleId) {
		return this.quotes.findInArticle(articleId, PUBLISHED).stream().map(QuoteView::from).toList();
	}

	/** What a person said, latest first. */
	@Transactional(readOnly = true)
	public List<QuoteView> bySpeaker(long personId) {
		return this.quotes.findBySpeaker(personId, PUBLISHED).stream().map(QuoteView::from).toList();
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
