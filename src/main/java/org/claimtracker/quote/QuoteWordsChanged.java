package org.claimtracker.quote;

/**
 * Published inside the transaction that saves a quote's words or speaker (a new quote, an
 * accepted proposal, a quote marked again or placed in a corrected body, a misattribution
 * fixed), after they are written, so that the quote can be placed in its utterance.
 */
public record QuoteWordsChanged(long quoteId) {
}
