package org.claimtracker.common;

import java.sql.SQLException;

/**
 * Text that PostgreSQL refuses to store: it holds the NUL character (U+0000). Forms and
 * parameters refuse it as they bind; this tells it apart when it reaches the database
 * some other way. Text that holds half of a character (a lone surrogate, which only a
 * JSON escape such as \ud800 can make) would be stored with "?" in its place: it is
 * refused as it is read.
 */
public final class UnstorableText {

	public static final String MESSAGE = "Text cannot hold the NUL character (U+0000).";

	public static final String HALF_A_CHARACTER = "Text cannot hold half of a character (a lone surrogate).";

	/** PostgreSQL's "character not in repertoire", its answer to a NUL in text. */
	private static final String SQL_STATE = "22021";

	private UnstorableText() {
	}

	/**
	 * Whether such text is behind this failure: refused as it was bound, or by
	 * PostgreSQL.
	 */
	public static boolean caused(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof Refused
					|| (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether the text holds half of a character: a surrogate without its other half. */
	public static boolean splitsACharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	/** Text with NUL refused where a request's values are bound. */
	public static final class Refused extends IllegalArgumentException {

		public Refused() {
			super(MESSAGE);
		}

	}

}
