package org.claimtracker.common;

import java.sql.SQLException;

/**
 * Two saves at the same moment of something that must be unique (an article's address, an
 * outlet's name): each checked that it was free, and the database refused the second.
 * Nothing of it was stored.
 */
public final class SavedAtOnce {

	public static final String MESSAGE = "Someone else saved the same thing at the same moment, so this was not saved:"
			+ " go back, reload and try again.";

	/** PostgreSQL's "unique violation". */
	private static final String SQL_STATE = "23505";

	private SavedAtOnce() {
	}

	/** Whether a unique violation is behind this failure. */
	public static boolean caused(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
