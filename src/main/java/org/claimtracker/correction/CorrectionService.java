package org.claimtracker.correction;

import org.claimtracker.article.ArticleService;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.Reanchoring;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of an article's text: the new body becomes the next revision (the old ones
 * are kept) and every quote and claim appearance of the article is placed again in the
 * same transaction.
 */
@Service
public class CorrectionService {

	private final ArticleService articles;

	private final QuoteService quotes;

	private final AppearanceService appearances;

	CorrectionService(ArticleService articles, QuoteService quotes, AppearanceService appearances) {
		this.articles = articles;
		this.quotes = quotes;
		this.appearances = appearances;
	}

	/**
	 * Corrects the body from the version the editor saw; a newer version refuses it and
	 * changes nothing.
	 */
	@Transactional
	public CorrectionSummary correct(long articleId, int version, String body) {
		String before = this.articles.correct(articleId, version, body);
		Reanchoring reanchoring = Reanchoring.between(before, body);
		return CorrectionSummary.of(articleId, this.quotes.reanchorInArticle(articleId, reanchoring),
				this.appearances.reanchorInArticle(articleId, reanchoring));
	}

}
