package org.claimtracker.quote;

import java.util.EnumSet;
import java.util.List;

import org.claimtracker.article.ArticleRedating;
import org.claimtracker.common.Publication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses to date an article before words it reports were said. Only quotes the new date
 * would put after it are named: one said after the old date already was so before this
 * rule, and is left as it is.
 */
@Component
class ArticleRedatingCheck {

	private final QuoteRepository quotes;

	ArticleRedatingCheck(QuoteRepository quotes) {
		this.quotes = quotes;
	}

	@EventListener
	void on(ArticleRedating event) {
		if (!event.to().isBefore(event.from())) {
			return;
		}
		List<Quote> later = this.quotes.findInArticleSaidBetween(event.articleId(), event.to(), event.from(),
				EnumSet.allOf(Publication.class));
		if (!later.isEmpty()) {
			throw new QuotesSaidLaterException(later.stream().map(QuoteView::from).toList());
		}
	}

}
