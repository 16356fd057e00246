package org.claimtracker.quote;

/**
 * Published inside the transaction that deletes a quote, before the quote goes, so that
 * what hangs on it is removed through the persistence layer and kept in history.
 */
public record QuoteDeleting(long quoteId) {
}
