package org.claimtracker.common;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history revision of a change written in bulk (an import's chunk), for the rows it
 * adds to be kept in history as one revision, signed by whoever made the change.
 */
public final class BulkRevision {

	private BulkRevision() {
	}

	/** Opens the revision; answers its number, for the history rows of the change. */
	public static long open(JdbcClient jdbc) {
		return jdbc.sql("insert into revision (changed_at, username) values (now(), ?) returning id")
			.param(CurrentEditor.name())
			.query(Long.class)
			.single();
	}

}
