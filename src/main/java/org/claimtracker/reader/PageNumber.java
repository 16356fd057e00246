package org.claimtracker.reader;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Page numbers in addresses start at 1. */
final class PageNumber {

	static final int MAX = 100_000;

	private PageNumber() {
	}

	static int check(int page) {
		if (page < 1 || page > MAX) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be between 1 and " + MAX);
		}
		return page;
	}

}
