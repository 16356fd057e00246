package org.claimtracker.quote;

/**
 * How the article reports the words: verbatim, as quoted fragments, or in the writer's
 * words.
 */
public enum QuoteKind {

	DIRECT, PARTIAL, PARAPHRASE

}
