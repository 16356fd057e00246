package org.claimtracker.utterance;

/**
 * A run of a version's words as compared with the reference: the same, left out (shown
 * struck through), put in, or cut off at an end.
 */
public record Piece(Type type, String text) {

	/** What the run is to the reader. */
	public enum Type {

		SAME, LEFT_OUT, ADDED, CUT, ELLIPSIS

	}

	public boolean is(String type) {
		return this.type.name().equals(type);
	}

}
