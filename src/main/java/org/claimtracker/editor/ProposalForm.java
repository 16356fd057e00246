package org.claimtracker.editor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.claimtracker.common.Names;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * Accepts one proposed quote, as proposed or as the editor corrected it: the span (start
 * and end in the article body, or the exact words, found nearest to the proposed place),
 * the kind and the speaker, an existing person or a new one confirmed by name, with the
 * party and role the article gives them.
 */
record ProposalForm(@NotNull @PositiveOrZero @Nullable Integer start, @NotNull @PositiveOrZero @Nullable Integer end,
		@Size(max = 20_000) @Nullable String exact, @NotNull @Nullable QuoteKind kind, @Nullable Long speakerId,
		@Size(max = 200) @Nullable String newSpeaker, @Size(max = 100) @Nullable String newParty,
		@Size(max = 200) @Nullable String newRole, @Nullable Boolean confirm) {

	/** The words as the body stores them (see {@link Selection}). */
	ProposalForm {
		Selection selection = Selection.of(exact, start, end);
		exact = selection.exact();
		start = selection.start();
		end = selection.end();
	}

	/** The same acceptance with the span moved to {@code [start, end)}. */
	ProposalForm at(int start, int end) {
		return new ProposalForm(start, end, this.exact, this.kind, this.speakerId, this.newSpeaker, this.newParty,
				this.newRole, this.confirm);
	}

	boolean confirmed() {
		return Boolean.TRUE.equals(this.confirm);
	}

	boolean hasNewSpeaker() {
		return this.newSpeaker != null && !Names.tidy(this.newSpeaker).isEmpty();
	}

	static ProposalForm of(ProposalReviewService.Item item) {
		boolean newPerson = item.personId() == null;
		return new ProposalForm(item.start(), item.end(), item.exact(), item.kind(), item.personId(),
				newPerson ? item.speaker() : null, newPerson ? item.role().party() : null,
				newPerson ? item.role().title() : null, null);
	}

}
