package org.claimtracker.common;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An editor saved from an older version of the row than the one saved now: nothing was
 * changed. Services throw it, whether their own version check found the older version or,
 * when two saves passed that check at the same moment, the database refused the later
 * one's versioned UPDATE ({@link StaleEditTranslation}).
 */
public class StaleEditException extends RuntimeException {

	private final @Nullable Object current;

	public StaleEditException(String what, Object current) {
		super("Someone else changed this " + what + " since it was opened");
		this.current = current;
	}

	private StaleEditException(OptimisticLockingFailureException cause) {
		super("Someone else changed this item at the same moment", cause);
		this.current = null;
	}

	/**
	 * The database refused a save that passed the version check, because another passed
	 * it at the same moment and was saved first; what that one saved was not read.
	 */
	static StaleEditException raced(OptimisticLockingFailureException cause) {
		return new StaleEditException(cause);
	}

	/**
	 * What the row holds now, to show beside the editor's own input; none when the save
	 * lost a race, the transaction having been rolled back before it could be read.
	 */
	public @Nullable Object getCurrent() {
		return this.current;
	}

}
