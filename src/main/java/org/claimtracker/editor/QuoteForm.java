package org.claimtracker.editor;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteRevision;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Revises a marked quote's speaker, kind, date said and occasion; its words are changed only by a
 * correction of the article. {@code version} is the version the editor started from. The date is ISO
 * both ways, as a date input sends and expects it, not in the locale's short style.
 */
record QuoteForm(@Nullable Long speakerId, @Nullable QuoteKind kind, @PastOrPresent @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate saidOn,
		@Size(max = 1000) @Nullable String context, @Nullable Integer version) {

	static QuoteForm from(QuoteView quote) {
		return new QuoteForm(quote.speakerId(), quote.kind(), quote.saidOn(), quote.context(), quote.version());
	}

	QuoteRevision toRevision() {
		return new QuoteRevision(this.speakerId, this.kind, this.saidOn, this.context);
	}

}
