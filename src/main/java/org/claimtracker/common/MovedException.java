package org.claimtracker.common;

/**
 * What a reader asked for is now at another address: an item merged into another answers
 * with that one's, for good.
 */
public class MovedException extends RuntimeException {

	private final String what;

	private final long id;

	private final long movedTo;

	public MovedException(String what, long id, long movedTo) {
		super("The " + what + " " + id + " was merged into " + what + " " + movedTo);
		this.what = what;
		this.id = id;
		this.movedTo = movedTo;
	}

	/** The kind of item, as its addresses name it in the plural ("claim": /claims/…). */
	public String getWhat() {
		return this.what;
	}

	public long getId() {
		return this.id;
	}

	public long getMovedTo() {
		return this.movedTo;
	}

}
