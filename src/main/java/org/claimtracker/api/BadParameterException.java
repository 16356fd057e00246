package org.claimtracker.api;

/**
 * A query parameter with a value the route does not take, such as a page past the last
 * one any list has: 400, naming the parameter.
 */
class BadParameterException extends RuntimeException {

	private final String parameter;

	BadParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	String getParameter() {
		return this.parameter;
	}

}
