package org.claimtracker.api;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction's rate limit on its buckets in PostgreSQL, with a clock the test moves.
 */
@SpringBootTest
class ClientRateLimitTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bucketEmptiesAndRefillsOverTime() {
		AtomicLong now = new AtomicLong(TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()));
		ClientRateLimit limit = new ClientRateLimit(this.dataSource, 3, 60, clock(now));
		String a = client();
		String b = client();
		assertThat(limit.spend(a, 1)).isZero();
		assertThat(limit.spend(a, 2)).isZero();
		assertThat(limit.spend(a, 1)).isEqualTo(1);
		assertThat(limit.spend(b, 3)).isZero();
		now.addAndGet(1_000_000_000L);
		assertThat(limit.spend(a, 1)).isZero();
		assertThat(limit.spend(a, 50)).isEqualTo(3);
	}

	@Test
	void aCallCostsItsFractionOfATokenToo() {
		AtomicLong now = new AtomicLong(TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()));
		ClientRateLimit limit = new ClientRateLimit(this.dataSource, 3, 60, clock(now));
		String a = client();
		assertThat(limit.spend(a, 1.5)).isZero();
		assertThat(limit.spend(a, 1.5)).isZero();
		// a thousandth of a token short: the next thousandth comes within the second
		assertThat(limit.spend(a, 0.001)).isEqualTo(1);
	}

	@Test
	void bucketsFullAgainAndUnusedExpireAndAreDeleted() {
		ClientRateLimit limit = new ClientRateLimit(this.dataSource, 3, 60, TimeMeter.SYSTEM_MILLISECONDS);
		String idle = client();
		String busy = client();
		long before = System.currentTimeMillis();
		assertThat(limit.spend(idle, 2)).isZero();
		assertThat(limit.spend(busy, 1)).isZero();
		// full again 2 seconds on, then kept a minute
		assertThat(expiresAt(idle) - before).isBetween(62_000L, 65_000L);

		// as if that time had passed for the idle bucket
		this.jdbc.update("update rate_limit_bucket set expires_at = ? where id like '%:' || ?",
				System.currentTimeMillis() - 1, idle);
		assertThat(limit.forgetIdle()).isPositive();
		assertThat(buckets(idle)).isZero();
		assertThat(buckets(busy)).isOne();
	}

	private long expiresAt(String client) {
		return this.jdbc.queryForObject("select expires_at from rate_limit_bucket where id like '%:' || ?", Long.class,
				client);
	}

	private long buckets(String client) {
		return this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id like '%:' || ?", Long.class,
				client);
	}

	private static String client() {
		return "test-" + UUID.randomUUID();
	}

	private static TimeMeter clock(AtomicLong nanos) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return nanos.get();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

}
