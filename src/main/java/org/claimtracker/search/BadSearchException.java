package org.claimtracker.search;

/**
 * A search filter that cannot be met as given; names the parameter so the page or API can
 * say so.
 */
public class BadSearchException extends RuntimeException {

	private final String parameter;

	public BadSearchException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
