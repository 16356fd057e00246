package org.claimtracker.common;

/** Nothing published answers to what a reader asked for; pages and the API answer 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " with id " + id);
	}

}
