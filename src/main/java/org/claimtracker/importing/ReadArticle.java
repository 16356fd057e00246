package org.claimtracker.importing;

/** An article record with how many quotes the extractor proposes in it. */
record ReadArticle(ImportRecord<ImportedArticle> record, int proposals) {

}
