package org.claimtracker.editor;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.claimtracker.common.YearOneOrLater;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteRevision;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;

/**
 * Revises a marked quote's speaker, kind, date said and occasion; its words are changed
 * only by a correction of the article. {@code version} is the version the editor started
 * from.
 */
record QuoteForm(@Nullable Long speakerId, @Nullable QuoteKind kind,
		@PastOrPresent @YearOneOrLater @Nullable LocalDate saidOn, @Size(max = 1000) @Nullable String context,
		@Nullable Integer version) {

	static QuoteForm from(QuoteView quote) {
		return new QuoteForm(quote.speakerId(), quote.kind(), quote.saidOn(), quote.context(), quote.version());
	}

	QuoteRevision toRevision() {
		return new QuoteRevision(this.speakerId, this.kind, this.saidOn, this.context);
	}

}
