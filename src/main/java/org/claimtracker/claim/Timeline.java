package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;

/**
 * One person's positions on one topic over time: their dated quotes, oldest first, each
 * with the topic's claims it supports or contradicts, and the changes of position among
 * them. Quotes on claims with no topic make a timeline with {@code topic} null.
 */
public record Timeline(@Nullable TopicView topic, List<Moment> moments, List<PositionChange> changes) {

	/** The change of position that this quote's evidence on that claim makes, if any. */
	public @Nullable PositionChange changeAt(long quoteId, long claimId) {
		return this.changes.stream()
			.filter((c) -> c.after().quoteId() == quoteId && c.claimId() == claimId)
			.findFirst()
			.orElse(null);
	}

	/** A quote on the timeline, on the date it counts as said. */
	public record Moment(QuoteView quote, LocalDate on, List<EvidenceView> evidence) {

	}

}
