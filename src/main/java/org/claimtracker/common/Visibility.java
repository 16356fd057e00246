package org.claimtracker.common;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which rows the current request may see: readers see published rows, signed-in editors
 * drafts too.
 */
public final class Visibility {

	private static final Set<Publication> READERS = EnumSet.of(Publication.PUBLISHED);

	private static final Set<Publication> EDITORS = EnumSet.allOf(Publication.class);

	private Visibility() {
	}

	public static Set<Publication> current() {
		return CurrentEditor.signedIn() ? EDITORS : READERS;
	}

	/**
	 * What readers see, whoever asks: for what leaves the newsroom, such as an export.
	 */
	public static Set<Publication> published() {
		return READERS;
	}

	/**
	 * Whether the current request sees published rows only: then a quote's {@code listed}
	 * column says if it is seen.
	 */
	public static boolean publishedOnly() {
		return !CurrentEditor.signedIn();
	}

}
