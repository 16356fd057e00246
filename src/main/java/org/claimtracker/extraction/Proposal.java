package org.claimtracker.extraction;

/**
 * One proposed quote: {@code body.substring(start, end)} is {@code exact}; {@code block}
 * marks a direct quote set off as a paragraph without quotation marks; {@code cue} is the
 * attribution verb ("said", "according to"), empty when the speaker comes from context;
 * {@code confidence} is in (0, 1].
 */
public record Proposal(int start, int end, String exact, Kind kind, boolean block, Speaker speaker, String cue,
		double confidence) {

}
