package org.claimtracker.common;

/** An editor saved a form made from an older version of the row: nothing was changed. */
public class StaleEditException extends RuntimeException {

	private final Object current;

	public StaleEditException(String what, Object current) {
		super("Someone else changed this " + what + " since it was opened");
		this.current = current;
	}

	/** What the row holds now, to show beside the editor's own input. */
	public Object getCurrent() {
		return this.current;
	}

}
