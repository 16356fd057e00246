package org.claimtracker.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an editor may change of a marked quote: who said it, how it is reported, when and
 * on what occasion.
 */
public record QuoteRevision(long speakerId, QuoteKind kind, @Nullable LocalDate saidOn, @Nullable String context) {

}
