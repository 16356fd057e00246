package org.claimtracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Where read-only transactions get their connection: the read replica, unless the request
 * must read its own writes ({@link PrimaryReads}) or the replica did not answer lately,
 * in which case the primary serves the read too. A replica that fails is left alone for a
 * few seconds, so that reads do not each wait for it to refuse.
 */
class ReplicaOrPrimary extends AbstractDataSource {

	private static final Log logger = LogFactory.getLog(ReplicaOrPrimary.class);

	private final DataSource replica;

	private final DataSource primary;

	private final Duration pause;

	private final Clock clock;

	private volatile Instant replicaDownUntil = Instant.MIN;

	ReplicaOrPrimary(DataSource replica, DataSource primary, Duration pause, Clock clock) {
		this.replica = replica;
		this.primary = primary;
		this.pause = pause;
		this.clock = clock;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (PrimaryReads.now() || this.clock.instant().isBefore(this.replicaDownUntil)) {
			return this.primary.getConnection();
		}
		try {
			return this.replica.getConnection();
		}
		catch (SQLException ex) {
			this.replicaDownUntil = this.clock.instant().plus(this.pause);
			logger.warn("The read replica did not answer, so reads go to the primary for the next "
					+ this.pause.toSeconds() + " s: " + ex.getMessage());
			return this.primary.getConnection();
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("Reads connect with the replica's own account");
	}

}
