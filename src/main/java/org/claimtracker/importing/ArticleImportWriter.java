package org.claimtracker.importing;

import org.claimtracker.common.ImportOutcome;
import org.claimtracker.common.Publication;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Takes a chunk of imported articles, in the chunk's transaction: each article added,
 * corrected or found unchanged, its proposals queued for review, each bad record
 * reported, and the run's counts moved on.
 */
class ArticleImportWriter implements ItemWriter<ReadArticle> {

	private final long runId;

	private final Publication status;

	private final ArticleImports articles;

	private final ReviewQueue queue;

	private final ImportRuns runs;

	ArticleImportWriter(long runId, Publication status, ArticleImports articles, ReviewQueue queue, ImportRuns runs) {
		this.runId = runId;
		this.status = status;
		this.articles = articles;
		this.queue = queue;
		this.runs = runs;
	}

	@Override
	public void write(Chunk<? extends ReadArticle> chunk) {
		ImportCounts counts = new ImportCounts();
		for (ReadArticle read : chunk) {
			ImportRecord<ImportedArticle> record = read.record();
			ImportedArticle article = record.item();
			if (article == null) {
				ImportProblems.report(this.runs, this.runId, record, counts);
				continue;
			}
			ArticleImports.Taken taken = this.articles.take(article, this.status);
			counts.count(taken.outcome());
			if (taken.outcome() != ImportOutcome.UNCHANGED) {
				this.queue.pending(taken.articleId(), read.proposals());
			}
		}
		this.runs.count(this.runId, counts);
	}

}
