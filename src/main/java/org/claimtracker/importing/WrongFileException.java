package org.claimtracker.importing;

/**
 * A file that cannot be imported at all: not of the format its name says, of no known
 * format, or not of the kind asked for. The message says what was expected and what the
 * file is, in words an editor understands.
 */
public class WrongFileException extends RuntimeException {

	public WrongFileException(String message) {
		super(message);
	}

}
