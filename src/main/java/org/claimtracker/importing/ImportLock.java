package org.claimtracker.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One import of a kind at a time, across every process on the database: a PostgreSQL
 * advisory lock, held on a connection of its own for as long as the import runs. A
 * process that dies loses its connection, and with it the lock, so a run it left
 * unfinished can be resumed by another.
 */
final class ImportLock implements AutoCloseable {

	/** The first key of ClaimTracker's import locks; the second is the kind's. */
	private static final int IMPORTS = 0x1A9047;

	private final Connection connection;

	private final ImportKind kind;

	private ImportLock(Connection connection, ImportKind kind) {
		this.connection = connection;
		this.kind = kind;
	}

	/** Takes the kind's lock, waiting until no other import of the kind runs. */
	static ImportLock take(DataSource dataSource, ImportKind kind) throws SQLException {
		Connection connection = dataSource.getConnection();
		try {
			connection.setAutoCommit(true);
			call(connection, "select pg_advisory_lock(?, ?)", kind);
			return new ImportLock(connection, kind);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	@Override
	public void close() throws SQLException {
		try (this.connection) {
			call(this.connection, "select pg_advisory_unlock(?, ?)", this.kind);
		}
	}

	private static void call(Connection connection, String sql, ImportKind kind) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, IMPORTS);
			statement.setInt(2, kind.ordinal());
			statement.execute();
		}
	}

}
