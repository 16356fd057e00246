package org.claimtracker.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed sign-ins for one account or
 * from one address, each further attempt must wait twice as long as the last, up to
 * {@value #MAX_WAIT_SECONDS} seconds; a day without a failure starts the count afresh.
 * Counted in the database, by the same statement that lets an attempt try, so that the
 * limit holds for attempts sent at once and across every app instance.
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

	/** How long the subject of row {@code f} must wait after its last failure. */
	private static final String WAIT = """
			make_interval(secs => case when f.failures < %d then 0
			  else least(%d, power(2, least(20, f.failures - %d + 1))) end)""".formatted(FREE_FAILURES,
			MAX_WAIT_SECONDS, FREE_FAILURES);

	/**
	 * Counts an attempt as failed if its subject need not wait, in one statement: the
	 * conflicting row is locked while its wait is read, so that of attempts sent at once
	 * each sees the ones before it. The time the attempt was counted at, or nothing when
	 * it must wait. clock_timestamp(), not now(): now() would be when an enclosing
	 * transaction began. Failures a day old are forgotten, so that the typos of a
	 * newsroom sharing one address do not add up over months until each one locks
	 * everyone out for the longest wait.
	 */
	private static final String COUNT = """
			insert into sign_in_failure as f (subject, failures, last_failed_at) values (?, 1, clock_timestamp())
			on conflict (subject) do update set
			  failures = case when f.last_failed_at > clock_timestamp() - make_interval(secs => %2$d)
			    then f.failures + 1 else 1 end,
			  previous_failed_at = case when f.last_failed_at > clock_timestamp() - make_interval(secs => %2$d)
			    then f.last_failed_at end,
			  last_failed_at = clock_timestamp()
			where f.last_failed_at + %1$s <= clock_timestamp()
			returning f.last_failed_at""".formatted(WAIT, FORGOTTEN_AFTER.toSeconds());

	private static final String LEFT_TO_WAIT = """
			select extract(epoch from f.last_failed_at + %s - clock_timestamp())
			from sign_in_failure f where f.subject = ?""".formatted(WAIT);

	private static final String FORGET = """
			delete from sign_in_failure where last_failed_at <= clock_timestamp() - make_interval(secs => %d)"""
		.formatted(FORGOTTEN_AFTER.toSeconds());

	private final JdbcTemplate jdbc;

	SignInThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account's subject; a NUL character, which no name holds and the database cannot
	 * store, counts as U+FFFD.
	 */
	static String account(String username) {
		return "account:" + username.toLowerCase(Locale.ROOT).replace('\0', '\uFFFD');
	}

	static String address(String remoteAddress) {
		return "address:" + remoteAddress;
	}

	/**
	 * Lets an attempt for the account try now, counted as failed until it
	 * {@link #succeeded succeeds}, or turns it away when the account or the address it
	 * comes from must wait; a turned away attempt is not counted. Every attempt counts
	 * its account before its address, so two attempts never wait for each other's rows.
	 */
	@Transactional
	public Turn take(String username, @Nullable String remoteAddress) {
		String account = account(username);
		String address = (remoteAddress != null) ? address(remoteAddress) : null;
		OffsetDateTime accountCounted = count(account);
		if (accountCounted == null) {
			return Turn.refused(account, waitFor(account, address));
		}
		if (address == null) {
			return Turn.granted(account, null, null);
		}
		OffsetDateTime addressCounted = count(address);
		if (addressCounted == null) {
			uncount(account, accountCounted);
			return Turn.refused(account, waitFor(account, address));
		}
		return Turn.granted(account, address, addressCounted);
	}

	/**
	 * The attempt of the turn got the password right: its account's count starts afresh,
	 * and its address's is as if it had not tried, so that signing in does not count
	 * against the others at the address.
	 */
	@Transactional
	public void succeeded(Turn turn) {
		if (!turn.granted()) {
			throw new IllegalArgumentException("A turned away attempt had no password to get right");
		}
		this.jdbc.update("delete from sign_in_failure where subject = ?", turn.account);
		if (turn.address != null && turn.addressCounted != null) {
			uncount(turn.address, turn.addressCounted);
		}
	}

	private @Nullable OffsetDateTime count(String subject) {
		List<OffsetDateTime> counted = this.jdbc.query(COUNT, (row, n) -> row.getObject(1, OffsetDateTime.class),
				subject);
		return counted.isEmpty() ? null : counted.get(0);
	}

	/**
	 * Takes one attempt off the subject's count, and puts its last failure back to the
	 * one before if no other attempt was counted since this one was ({@code counted}
	 * tells them apart).
	 */
	private void uncount(String subject, OffsetDateTime counted) {
		this.jdbc.update("delete from sign_in_failure where subject = ? and failures = 1 and last_failed_at = ?",
				subject, counted);
		this.jdbc.update("""
				update sign_in_failure set failures = failures - 1,
				  last_failed_at = case when last_failed_at = ?
				    then coalesce(previous_failed_at, last_failed_at) else last_failed_at end,
				  previous_failed_at = case when last_failed_at = ? then null else previous_failed_at end
				where subject = ? and failures > 1""", counted, counted, subject);
	}

	/**
	 * Deletes the counts that a day without a failure has forgotten: such a row counts as
	 * no row, and without this the table would keep every address that ever mistyped.
	 */
	@Scheduled(initialDelay = 1, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	@Transactional
	public int forgetOld() {
		return this.jdbc.update(FORGET);
	}

	/** The longest the subjects must still wait; zero when none must. */
	private Duration waitFor(String account, @Nullable String address) {
		Duration longest = Duration.ZERO;
		for (String subject : (address != null) ? List.of(account, address) : List.of(account)) {
			for (Double seconds : this.jdbc.queryForList(LEFT_TO_WAIT, Double.class, subject)) {
				Duration wait = Duration.ofMillis((long) Math.ceil(seconds * 1000));
				longest = (wait.compareTo(longest) > 0) ? wait : longest;
			}
		}
		return longest;
	}

	/**
	 * An attempt's turn: let through and counted, on its account and its address if it
	 * has one, or turned away to wait.
	 */
	public static final class Turn {

		private final boolean granted;

		private final Duration wait;

		private final String account;

		private final @Nullable String address;

		private final @Nullable OffsetDateTime addressCounted;

		private Turn(boolean granted, Duration wait, String account, @Nullable String address,
				@Nullable OffsetDateTime addressCounted) {
			this.granted = granted;
			this.wait = wait;
			this.account = account;
			this.address = address;
			this.addressCounted = addressCounted;
		}

		static Turn granted(String account, @Nullable String address, @Nullable OffsetDateTime addressCounted) {
			return new Turn(true, Duration.ZERO, account, address, addressCounted);
		}

		static Turn refused(String account, Duration wait) {
			return new Turn(false, wait, account, null, null);
		}

		/** Whether the attempt may try its password now. */
		public boolean granted() {
			return this.granted;
		}

		/**
		 * How long a turned away attempt must still wait; zero for one let through, and
		 * for one turned away just as its wait ended.
		 */
		public Duration waitFor() {
			return this.wait;
		}

	}

}
