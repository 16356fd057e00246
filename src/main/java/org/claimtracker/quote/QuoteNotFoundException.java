package org.claimtracker.quote;

import org.claimtracker.common.NotFoundException;

/** No published quote has the id a reader asked for. */
public class QuoteNotFoundException extends NotFoundException {

	public QuoteNotFoundException(long id) {
		super("quote", id);
	}

}
