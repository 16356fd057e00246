package org.claimtracker.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A quote an editor marks: the span (W3C position + exact text), speaker, kind and
 * occasion.
 */
public record NewQuote(long articleId, long speakerId, QuoteKind kind, @Nullable LocalDate saidOn,
		@Nullable String context, int start, int end, String exact) {

}
