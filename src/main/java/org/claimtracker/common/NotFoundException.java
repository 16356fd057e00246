package org.claimtracker.common;

/** Nothing published answers to what a reader asked for; pages and the API answer 404. */
public class NotFoundException extends RuntimeException {

	private final String what;

	private final Object id;

	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id);
		this.what = what;
		this.id = id;
	}

	/**
	 * The kind of item that is not there ("person", "topic"), so that the API can tell
	 * the item its address names from one its body names.
	 */
	public String getWhat() {
		return this.what;
	}

	public Object getId() {
		return this.id;
	}

}
