package org.claimtracker.quote;

import java.time.LocalDate;

/**
 * A quote dated after its article was published, which cannot be: the article reports
 * words said before it. Nothing was changed.
 */
public class SaidAfterPublishedException extends RuntimeException {

	private final LocalDate publishedOn;

	SaidAfterPublishedException(LocalDate publishedOn) {
		super("The words were said after the article reporting them was published, on " + publishedOn);
		this.publishedOn = publishedOn;
	}

	/** The message that says why, in {@code messages.properties}. */
	public String getMessageKey() {
		return "quote.saidOn.afterPublished";
	}

	public Object[] getArguments() {
		return new Object[] { this.publishedOn };
	}

}
