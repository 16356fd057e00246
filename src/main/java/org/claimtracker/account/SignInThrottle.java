package org.claimtracker.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed sign-ins for one account or
 * from one address, each further attempt must wait twice as long as the last, up to
 * {@value #MAX_WAIT_SECONDS} seconds; a day without a failure starts the count afresh.
 * Counted in the database so that every app instance applies the same limit.
 */
@Service
public class SignInThrottle {

	static final int FREE_FAILURES = 5;

	static final long MAX_WAIT_SECONDS = 900;

	/**
	 * How long after the last failure a subject's count starts afresh: far longer than
	 * the longest wait.
	 */
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	SignInThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account's subject; a NUL character, which no name holds and the database cannot
	 * store, counts as U+FFFD.
	 */
	public static String account(String username) {
		return "account:" + username.toLowerCase(Locale.ROOT).replace('\0', '\uFFFD');
	}

	static String address(String remoteAddress) {
		return "address:" + remoteAddress;
	}

	/**
	 * Counts a failure at the moment it happened: now() would be when an enclosing
	 * transaction began. Failures a day old are forgotten, so that the typos of a
	 * newsroom sharing one address do not add up over months until each one locks
	 * everyone out for the longest wait.
	 */
	public void failed(String subject) {
		this.jdbc.update("""
				insert into sign_in_failure (subject, failures, last_failed_at) values (?, 1, clock_timestamp())
				on conflict (subject) do update set failures = case
				  when sign_in_failure.last_failed_at > clock_timestamp() - make_interval(secs => ?)
				  then sign_in_failure.failures + 1 else 1 end,
				last_failed_at = clock_timestamp()""", subject, FORGOTTEN_AFTER.toSeconds());
	}

	public void succeeded(String subject) {
		this.jdbc.update("delete from sign_in_failure where subject = ?", subject);
	}

	/**
	 * How long the subjects must still wait before the next attempt; zero when they may
	 * try now.
	 */
	public Duration waitFor(String... subjects) {
		Duration longest = Duration.ZERO;
		for (String subject : subjects) {
			List<Duration> waits = this.jdbc.query(
					"select failures, last_failed_at from sign_in_failure where subject = ?",
					(row, n) -> remaining(row.getInt(1), row.getTimestamp(2).toInstant()), subject);
			for (Duration wait : waits) {
				longest = (wait.compareTo(longest) > 0) ? wait : longest;
			}
		}
		return longest;
	}

	static Duration remaining(int failures, Instant lastFailedAt) {
		if (failures < FREE_FAILURES) {
			return Duration.ZERO;
		}
		long seconds = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, failures - FREE_FAILURES + 1));
		Duration left = Duration.between(Instant.now(), lastFailedAt.plusSeconds(seconds));
		return left.isNegative() ? Duration.ZERO : left;
	}

}
