package org.claimtracker.editor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * Accepts one proposed quote, as proposed or as the editor corrected it: the span (start and end in
 * the article body), the kind and the speaker, an existing person or a new one confirmed by name.
 */
record ProposalForm(@NotNull @PositiveOrZero @Nullable Integer start, @NotNull @PositiveOrZero @Nullable Integer end,
		@NotNull @Nullable QuoteKind kind, @Nullable Long speakerId, @Size(max = 200) @Nullable String newSpeaker,
		@Nullable Boolean confirm) {

	boolean confirmed() {
		return Boolean.TRUE.equals(this.confirm);
	}

	boolean hasNewSpeaker() {
		return this.newSpeaker != null && !this.newSpeaker.isBlank();
	}

	static ProposalForm of(ReviewService.Item item) {
		return new ProposalForm(item.start(), item.end(), item.kind(), item.personId(),
				item.personId() == null ? item.speaker() : null, null);
	}

}
