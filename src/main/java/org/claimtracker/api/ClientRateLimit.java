package org.claimtracker.api;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address for the open, costly API calls: each address holds up
 * to {@code capacity} tokens, refilled at {@code perMinute} a minute; a call spends
 * tokens by its size. The buckets live in PostgreSQL (Bucket4j, table
 * {@code rate_limit_bucket}), so that every app instance on the database spends from the
 * same bucket and none holds a client in memory; a bucket that is full again and unused
 * for a minute is deleted.
 */
@Component
class ClientRateLimit {

	/**
	 * Thousandths of a token: a call's cost is fractional (1 plus its size), and Bucket4j
	 * counts whole tokens.
	 */
	private static final long SCALE = 1000;

	/** How long a full bucket is kept unused before it may be deleted. */
	private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);

	/** Expired buckets deleted in one statement of the cleanup. */
	private static final int CLEANUP_BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final BucketConfiguration configuration;

	private final double capacity;

	/**
	 * Starts every key: buckets of another configuration are others, so that a changed
	 * limit holds at once for everyone rather than once old buckets are gone.
	 */
	private final String prefix;

	@Autowired
	ClientRateLimit(DataSource dataSource, @Value("${claimtracker.extract.rate.capacity:40}") int capacity,
			@Value("${claimtracker.extract.rate.per-minute:40}") int perMinute) {
		this(dataSource, capacity, perMinute, TimeMeter.SYSTEM_MILLISECONDS);
	}

	ClientRateLimit(DataSource dataSource, int capacity, int perMinute, TimeMeter clock) {
		if (capacity < 1 || perMinute < 1) {
			throw new IllegalStateException(
					"claimtracker.extract.rate.capacity and claimtracker.extract.rate.per-minute must be 1 or more");
		}
		this.capacity = capacity;
		this.prefix = "extract:" + capacity + "/" + perMinute + ":";
		this.configuration = BucketConfiguration.builder()
			.addLimit(
					(limit) -> limit.capacity(capacity * SCALE).refillGreedy(perMinute * SCALE, Duration.ofMinutes(1)))
			.build();
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.clientClock(clock)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
			.build();
	}

	/**
	 * Spends {@code cost} tokens of the client's bucket; 0 when allowed, else the seconds
	 * to wait.
	 */
	long spend(String client, double cost) {
		long tokens = Math.max(1, Math.round(Math.min(cost, this.capacity) * SCALE));
		ConsumptionProbe probe = this.buckets.getProxy(this.prefix + client, () -> this.configuration)
			.tryConsumeAndReturnRemaining(tokens);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
	}

	/**
	 * Deletes the buckets that are full again and unused: the table keeps recent clients
	 * only.
	 */
	@Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	int forgetIdle() {
		int removed = 0;
		int batch;
		do {
			batch = this.buckets.removeExpired(CLEANUP_BATCH);
			removed += batch;
		}
		while (batch == CLEANUP_BATCH);
		return removed;
	}

}
