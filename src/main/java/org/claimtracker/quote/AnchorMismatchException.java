package org.claimtracker.quote;

/** The selectors an editor sent do not match the article's text: nothing is saved. */
public class AnchorMismatchException extends RuntimeException {

	public AnchorMismatchException(String message) {
		super(message);
	}

}
