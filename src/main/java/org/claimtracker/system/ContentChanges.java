package org.claimtracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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

	private final Duration replicaLag;

	private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "content-changes-replayed");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean running;

	private @Nullable Thread listener;

	/**
	 * With a read replica, pages are dropped again once the replica has had
	 * {@code replicaLag} to replay the change: a page rendered from it in between may not
	 * show the change yet.
	 */
	ContentChanges(DataSource dataSource, PageCache cache, Duration replicaLag) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.replicaLag = replicaLag;
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
		this.later.shutdownNow();
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
				if (!this.replicaLag.isZero()) {
					this.later.schedule(this.cache::changed, this.replicaLag.toMillis(), TimeUnit.MILLISECONDS);
				}
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
