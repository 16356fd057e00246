package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.ArticleBatch;
import org.claimtracker.article.NewArticle;
import org.claimtracker.common.ImportOutcome;
import org.claimtracker.common.Publication;
import org.claimtracker.correction.CorrectionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles taken from an import, a chunk at a time. An article is known by its URL: one
 * already held with the same body is left as it is; one with another body is corrected,
 * its earlier text kept as a revision and its quotes placed again; the others are added
 * together.
 */
@Service
class ArticleImports {

	private final ArticleBatch batch;

	private final CorrectionService corrections;

	ArticleImports(ArticleBatch batch, CorrectionService corrections) {
		this.batch = batch;
		this.corrections = corrections;
	}

	/** What taking an article did, and to which article. */
	record Taken(ImportOutcome outcome, long articleId) {

	}

	/** Takes the articles in order; answers what became of each, in the same order. */
	@Transactional
	public List<Taken> take(List<ImportedArticle> given, Publication status) {
		Map<String, ArticleBatch.Held> held = this.batch
			.held(given.stream().map(ImportedArticle::url).distinct().toList());
		Map<String, NewArticle> fresh = new LinkedHashMap<>();
		for (ImportedArticle article : given) {
			if (!held.containsKey(article.url())) {
				fresh.putIfAbsent(article.url(), new NewArticle(article.title(), article.outlet(), article.byline(),
						article.publishedOn(), article.url(), article.body()));
			}
		}
		Map<String, Long> added = new HashMap<>(this.batch.add(List.copyOf(fresh.values()), status));
		List<Taken> taken = new ArrayList<>();
		for (ImportedArticle article : given) {
			Long id = added.remove(article.url());
			taken.add((id != null) ? new Taken(ImportOutcome.ADDED, id) : takeHeld(article, held));
		}
		return taken;
	}

	/**
	 * An article whose address is held, from before or from earlier in the chunk (then
	 * read again, as it is now).
	 */
	private Taken takeHeld(ImportedArticle article, Map<String, ArticleBatch.Held> held) {
		ArticleBatch.Held current = held.remove(article.url());
		if (current == null) {
			current = this.batch.held(List.of(article.url())).get(article.url());
		}
		if (current.body().equals(article.body())) {
			held.put(article.url(), current);
			return new Taken(ImportOutcome.UNCHANGED, current.id());
		}
		this.corrections.correct(current.id(), current.version(), article.body());
		return new Taken(ImportOutcome.CORRECTED, current.id());
	}

}
