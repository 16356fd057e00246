package org.claimtracker.reader;

import org.springframework.data.domain.Page;
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

	/**
	 * The page as found, refused like a number out of range when it is past the last one.
	 */
	static <T> Page<T> within(Page<T> page) {
		if (page.getNumber() > 0 && page.getNumber() >= page.getTotalPages()) {
			int last = Math.max(1, page.getTotalPages());
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be between 1 and " + last);
		}
		return page;
	}

}
