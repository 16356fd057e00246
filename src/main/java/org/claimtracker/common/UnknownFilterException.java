package org.claimtracker.api;

/**
 * A list filter that names nothing there is: refused, rather than answered with an empty
 * list as if there were none.
 */
class UnknownFilterException extends RuntimeException {

	private final String parameter;

	UnknownFilterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String getParameter() {
		return this.parameter;
	}

}
