package org.claimtracker.common;

/**
 * A list filter that names nothing there is: refused, rather than answered with an empty
 * list as if there were none. Pages and the API answer 400 naming the parameter.
 */
public class UnknownFilterException extends RuntimeException {

	private final String parameter;

	/**
	 * The message says what is not there ("There is no person 7"): the API gives it as it
	 * is, a page as a sentence.
	 */
	public UnknownFilterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String getParameter() {
		return this.parameter;
	}

}
