package org.claimtracker.demo;

/**
 * The demo data set contradicts itself (an anchor off its text, an unknown key); nothing
 * is loaded.
 */
public class DemoDataException extends RuntimeException {

	public DemoDataException(String message) {
		super(message);
	}

}
