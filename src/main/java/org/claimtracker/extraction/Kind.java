package org.claimtracker.extraction;

/**
 * How the article reports the words, as in the quote model: verbatim, in fragments, or in
 * the writer's words.
 */
public enum Kind {

	DIRECT, PARTIAL, PARAPHRASE

}
