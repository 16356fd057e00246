package org.claimtracker.importing;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Checks and trims of the text of a record.
 */
final class Text {

	private static final int SHOWN = 80;

	private Text() {
	}

	/** A value as a reason quotes it: no longer than a line. */
	static String shortened(String value) {
		return (value.length() <= SHOWN) ? value : value.substring(0, SHOWN - 1) + "…";
	}

	/**
	 * Where in a file JSON went wrong, as a reason says it: " (at line 3, character 17)".
	 */
	static String at(@Nullable TokenStreamLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return "";
		}
		return " (at line " + location.getLineNr() + ", character " + location.getColumnNr() + ")";
	}

	static boolean holdsNul(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\0') {
				return true;
			}
		}
		return false;
	}

	static String nulProblem() {
		return "the text holds a NUL character (U+0000), which is not text: was it copied from a binary file?";
	}

}
