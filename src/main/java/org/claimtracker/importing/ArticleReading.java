package org.claimtracker.importing;

import java.util.List;

import org.claimtracker.extraction.KnownPerson;
import org.claimtracker.extraction.QuoteExtractor;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads each imported article with the extractor, against the people known when the
 * import began, to count the quotes it proposes for review.
 */
class ArticleReading implements ItemProcessor<ImportRecord<ImportedArticle>, ReadArticle> {

	private final List<KnownPerson> known;

	ArticleReading(List<KnownPerson> known) {
		this.known = known;
	}

	@Override
	public ReadArticle process(ImportRecord<ImportedArticle> record) {
		ImportedArticle article = record.item();
		int proposals = article == null ? 0 : QuoteExtractor.extract(article.body(), this.known).size();
		return new ReadArticle(record, proposals);
	}

}
