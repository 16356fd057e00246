package org.claimtracker.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
		this.runs.lookUpByIndex();
		ImportCounts counts = new ImportCounts();
		List<ReadArticle> good = ImportProblems.reportBad(chunk, ReadArticle::record, this.runs, this.runId, counts);
		List<ArticleImports.Taken> taken = this.articles
			.take(good.stream().map((read) -> Objects.requireNonNull(read.record().item())).toList(), this.status);
		Map<Long, Integer> proposals = new LinkedHashMap<>();
		for (int i = 0; i < taken.size(); i++) {
			counts.count(taken.get(i).outcome());
			if (taken.get(i).outcome() != ImportOutcome.UNCHANGED) {
				proposals.put(taken.get(i).articleId(), good.get(i).proposals());
			}
		}
		this.queue.pending(proposals);
		this.runs.count(this.runId, counts);
	}

}
