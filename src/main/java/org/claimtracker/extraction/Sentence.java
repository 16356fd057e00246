package org.claimtracker.extraction;

/**
 * A sentence at {@code [start, end)} of paragraph {@code paragraph}; {@code firstQuote}
 * is the index of the first quotation that may open inside it. A quotation belongs whole
 * to one sentence.
 */
record Sentence(int start, int end, int paragraph, int firstQuote) {

}
