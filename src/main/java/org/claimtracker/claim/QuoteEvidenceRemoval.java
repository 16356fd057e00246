package org.claimtracker.claim;

import org.claimtracker.quote.QuoteDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes a quote's evidence links before the quote is deleted, so their deletion is in
 * history.
 */
@Component
class QuoteEvidenceRemoval {

	private final EvidenceRepository evidence;

	QuoteEvidenceRemoval(EvidenceRepository evidence) {
		this.evidence = evidence;
	}

	@EventListener
	void on(QuoteDeleting event) {
		this.evidence.deleteAll(this.evidence.findAllByQuoteId(event.quoteId()));
	}

}
