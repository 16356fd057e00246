package org.claimtracker.importing;

/** A file of another kind than the one expected; the message says what was expected. */
public class WrongFileException extends RuntimeException {

	public WrongFileException(String message) {
		super(message);
	}

}
