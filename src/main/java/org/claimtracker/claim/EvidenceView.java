package org.claimtracker.claim;

import org.claimtracker.quote.QuoteView;

/** A quote linked to a claim, with the stance and the editor's rationale. */
public record EvidenceView(long id, long claimId, String claimStatement, Stance stance, String rationale,
		QuoteView quote) {

	static EvidenceView from(Evidence evidence) {
		return new EvidenceView(evidence.getId(), evidence.getClaim().getId(), evidence.getClaim().getStatement(),
				evidence.getStance(), evidence.getRationale(), QuoteView.from(evidence.getQuote()));
	}

	public boolean supports() {
		return this.stance == Stance.SUPPORTS;
	}

}
