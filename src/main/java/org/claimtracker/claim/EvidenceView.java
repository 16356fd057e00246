package org.claimtracker.claim;

import org.claimtracker.quote.QuoteView;

/** A quote linked to a claim, with the stance and the editor's rationale. */
public record EvidenceView(long id, long claimId, String claimStatement, Stance stance, String rationale,
		QuoteView quote, int version, boolean draft) {

	static EvidenceView from(Evidence evidence) {
		return new EvidenceView(evidence.getId(), evidence.getClaim().getId(), evidence.getClaim().getStatement(),
				evidence.getStance(), evidence.getRationale(), QuoteView.from(evidence.getQuote()),
				evidence.getVersion(), !evidence.isPublished());
	}

	public boolean supports() {
		return this.stance == Stance.SUPPORTS;
	}

}
