package org.claimtracker.claim;

import java.util.List;

/**
 * What merging a claim into another did: how many evidence links, appearances and ratings
 * moved to the kept claim; the quotes that were linked to both (the kept claim's link
 * stays); whether the merged claim's newsroom rating gave way to the kept claim's.
 */
public record ClaimMerged(long keptId, long mergedId, int evidenceMoved, List<Long> quotesLinkedToBoth,
		int appearancesMoved, int ratingsMoved, boolean ratingDropped) {

	/** The merge in plain words, as both claims' histories keep it. */
	String note() {
		StringBuilder note = new StringBuilder("Claim #" + this.mergedId + " merged into claim #" + this.keptId + ": "
				+ this.evidenceMoved + " evidence links, " + this.appearancesMoved + " appearances and "
				+ this.ratingsMoved + " ratings moved.");
		if (!this.quotesLinkedToBoth.isEmpty()) {
			note.append(" Quotes linked to both claims keep the kept claim's link: ")
				.append(String.join(", ", this.quotesLinkedToBoth.stream().map((q) -> "#" + q).toList()))
				.append('.');
		}
		if (this.ratingDropped) {
			note.append(" Both claims had a newsroom rating: the kept claim's stays.");
		}
		return note.toString();
	}

}
