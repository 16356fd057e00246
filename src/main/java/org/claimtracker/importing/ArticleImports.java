package org.claimtracker.importing;

import java.util.Optional;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.common.ImportOutcome;
import org.claimtracker.common.Publication;
import org.claimtracker.correction.CorrectionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles taken from an import. An article is known by its URL: one already held with
 * the same body is left as it is; one with another body is corrected, its earlier text
 * kept as a revision and its quotes placed again.
 */
@Service
class ArticleImports {

	private final ArticleService articles;

	private final CorrectionService corrections;

	ArticleImports(ArticleService articles, CorrectionService corrections) {
		this.articles = articles;
		this.corrections = corrections;
	}

	/** What taking an article did, and to which article. */
	record Taken(ImportOutcome outcome, long articleId) {

	}

	@Transactional
	public Taken take(ImportedArticle given, Publication status) {
		Optional<Article> held = this.articles.findByUrl(given.url());
		if (held.isEmpty()) {
			Article added = this.articles.add(this.articles.outletNamed(given.outlet(), Publication.PUBLISHED),
					given.title(), given.byline(), given.publishedOn(), given.url(), given.body(), status);
			return new Taken(ImportOutcome.ADDED, added.getId());
		}
		Article article = held.get();
		if (article.getBody().equals(given.body())) {
			return new Taken(ImportOutcome.UNCHANGED, article.getId());
		}
		this.corrections.correct(article.getId(), article.getVersion(), given.body());
		return new Taken(ImportOutcome.CORRECTED, article.getId());
	}

}
