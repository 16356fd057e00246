package org.claimtracker.importing;

/** Files that cannot be imported together, or at all; the message says why. */
public class ImportRefusedException extends RuntimeException {

	public ImportRefusedException(String message) {
		super(message);
	}

}
