package org.claimtracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.context.SmartLifecycle;

/**
 * Hears from PostgreSQL of every committed change to what readers' pages show (the
 * {@code content_changed} notices of migration V24), from this instance or any other on
 * the same database, and tells the {@link PageCache}. It listens on a connection of its
 * own, outside the pool (and on the primary database, where writes are made); when that
 * connection is lost (the database restarted, say) the cache is off until it listens
 * again, so no page is served that a missed change made stale.
 */
class ContentChanges implements SmartLifecycle, Runnable {

	private static final Log logger = LogFactory.getLog(ContentChanges.class);

	private static final int WAIT_MILLIS = 500;

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final DataSource dataSource;

	private final PageCache cache;

	private volatile boolean running;

	private @Nullable Thread listener;

	ContentChanges(DataSource dataSource, PageCache cache) {
		this.dataSource = dataSource;
		this.cache = cache;
	}

	@Override
	public void start() {
		this.running = true;
		Thread thread = new Thread(this, "content-changes");
		thread.setDaemon(true);
		thread.start();
		this.listener = thread;
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void run() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				listen(connection);
			}
			catch (SQLException ex) {
				if (this.running) {
					logger.warn("Not hearing of content changes, so pages are rendered afresh for every reader: "
							+ ex.getMessage());
				}
			}
			finally {
				this.cache.listening(false);
			}
			pause();
		}
	}

	private void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen content_changed");
		}
		PGConnection notices = connection.unwrap(PGConnection.class);
		this.cache.listening(true);
		logger.debug("Listening for content changes");
		while (this.running) {
			PGNotification[] changes = notices.getNotifications(WAIT_MILLIS);
			if (changes != null && changes.length > 0) {
				this.cache.changed();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
