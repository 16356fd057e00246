package org.claimtracker.common;

/** The name recorded as author of a change: the signed-in editor, or the application itself. */
public final class CurrentEditor {

	public static final String SYSTEM = "system";

	private CurrentEditor() {
	}

	public static String name() {
		return SYSTEM;
	}

}
