package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.claimtracker.common.Names;
import org.claimtracker.common.YearOneOrLater;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * Marks a span of an article as a quote or a claim appearance. With JavaScript the
 * browser sends the W3C selectors of the selection (start, end, exact); without it the
 * editor types the exact text and, when it occurs more than once, picks the occurrence.
 */
record SpanForm(@NotBlank @Size(max = 20_000) @Nullable String exact, @Nullable Integer start, @Nullable Integer end,
		@Nullable Integer occurrence, @Nullable Long speakerId, @Size(max = 200) @Nullable String newSpeaker,
		@Size(max = 100) @Nullable String newSpeakerParty, @Nullable QuoteKind kind,
		@PastOrPresent @YearOneOrLater @Nullable LocalDate saidOn, @Size(max = 1000) @Nullable String context,
		@Nullable Long claimId) {

	/** The words as the body stores them (see {@link Selection}). */
	SpanForm {
		Selection selection = Selection.of(exact, start, end);
		exact = selection.exact();
		start = selection.start();
		end = selection.end();
	}

	static SpanForm empty() {
		return new SpanForm(null, null, null, null, null, null, null, QuoteKind.DIRECT, null, null, null);
	}

	boolean hasSelectors() {
		return this.start != null && this.end != null;
	}

	boolean hasNewSpeaker() {
		return this.newSpeaker != null && !Names.tidy(this.newSpeaker).isEmpty();
	}

	/**
	 * The quote these words make, starting where they were found: said by the person
	 * chosen, unless a new speaker is named.
	 */
	ArticleEditorService.Marking toMarking(int start) {
		String words = Objects.requireNonNull(this.exact);
		return new ArticleEditorService.Marking(start, start + words.length(), words, Objects.requireNonNull(this.kind),
				this.saidOn, this.context, hasNewSpeaker() ? null : this.speakerId,
				hasNewSpeaker() ? this.newSpeaker : null, this.newSpeakerParty);
	}

}
