package org.claimtracker.editor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How htmx asks for the part of a screen that changes, rather than the whole page: with
 * its request header, unless it is restoring its history, when it wants the whole page.
 */
final class Htmx {

	/** The header by which htmx asks; answers vary by it. */
	static final String REQUEST = "HX-Request";

	private Htmx() {
	}

	static boolean asks(HttpServletRequest request) {
		return request.getHeader(REQUEST) != null && request.getHeader("HX-History-Restore-Request") == null;
	}

}
