package org.claimtracker.common;

import java.util.regex.Pattern;

/** Names of people and outlets as they are stored and matched: "Stacey  Abrams " is "Stacey Abrams". */
public final class Names {

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private Names() {
	}

	/** The name with its white space, of any kind, made single spaces, and none at either end. */
	public static String tidy(String name) {
		return SPACES.matcher(name).replaceAll(" ").strip();
	}

}
