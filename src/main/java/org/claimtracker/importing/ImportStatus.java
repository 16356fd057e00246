package org.claimtracker.importing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An import run as those who watch it see it: its state and counts, the records it could
 * not take (the first of them), the claims it added that likely duplicate claims held
 * before (the first of them), and how fast it goes.
 */
public record ImportStatus(long id, ImportKind kind, ImportState state, boolean publish, String startedBy,
		List<String> files, long total, long done, long added, long unchanged, long corrected, long failed,
		@Nullable String message, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant endedAt,
		List<ImportProblem> problems, List<ImportDuplicate> duplicates) {

	/** Records taken per second since it started, or over its whole run once over. */
	public double perSecond() {
		if (this.startedAt == null || this.done == 0) {
			return 0;
		}
		Instant until = this.endedAt == null ? Instant.now() : this.endedAt;
		double seconds = Math.max(Duration.between(this.startedAt, until).toMillis(), 1) / 1000.0;
		return this.done / seconds;
	}

	/** The seconds left at the present speed; null when not known. */
	public @Nullable Long secondsLeft() {
		double rate = perSecond();
		if (this.state != ImportState.RUNNING || rate == 0 || this.total < this.done) {
			return null;
		}
		return Math.round((this.total - this.done) / rate);
	}

	/** When it was asked for, in UTC. */
	public LocalDateTime createdUtc() {
		return LocalDateTime.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	/** How far it is, from 0 to 100. */
	public int percent() {
		if (this.state == ImportState.DONE) {
			return 100;
		}
		return this.total == 0 ? 0 : (int) Math.min(100, this.done * 100 / this.total);
	}

	/** Whether every record went in or was already there. */
	public boolean allTaken() {
		return this.state == ImportState.DONE && this.failed == 0;
	}

}
