package org.claimtracker.common;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Names of people, outlets and titles as they are stored and matched: "Stacey Abrams " is
 * "Stacey Abrams", and invisible characters (zero-width spaces, soft hyphens, direction
 * overrides) are no part of a name, so they can neither make two people look alike nor
 * garble the text beside a name.
 */
public final class Names {

	private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private Names() {
	}

	/**
	 * The name without invisible characters, its white space of any kind made single
	 * spaces, none at either end.
	 */
	public static String tidy(String name) {
		return SPACES.matcher(INVISIBLE.matcher(name).replaceAll("")).replaceAll(" ").strip();
	}

	/**
	 * As {@link #tidy}, for a field that may be missing: a form's, before it is checked.
	 */
	public static @Nullable String tidyIfAny(@Nullable String name) {
		return (name != null) ? tidy(name) : null;
	}

}
