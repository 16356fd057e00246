package org.claimtracker.importing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures a progress bar shows, from a run's counts and times. */
class ImportStatusTest {

	@Test
	void aRunningImportHasItsSpeedAndTheTimeLeftAtThatSpeed() {
		ImportStatus run = run(ImportState.RUNNING, 1000, 250, Instant.now().minusSeconds(5), null);

		assertThat(run.perSecond()).isCloseTo(50, within(2.0));
		assertThat(run.secondsLeft()).isBetween(14L, 16L);
		assertThat(run.percent()).isEqualTo(25);
	}

	@Test
	void aFinishedImportHasItsSpeedOverItsWholeRunAndNoTimeLeft() {
		Instant started = Instant.parse("2026-01-01T10:00:00Z");
		ImportStatus run = run(ImportState.DONE, 1000, 1000, started, started.plusSeconds(4));

		assertThat(run.perSecond()).isEqualTo(250);
		assertThat(run.secondsLeft()).isNull();
		assertThat(run.percent()).isEqualTo(100);
	}

	@Test
	void anImportNotStartedOrOfAnEmptyFileShowsNothingMisleading() {
		assertThat(run(ImportState.QUEUED, 0, 0, null, null)).satisfies((queued) -> {
			assertThat(queued.perSecond()).isZero();
			assertThat(queued.secondsLeft()).isNull();
			assertThat(queued.percent()).isZero();
		});
		Instant now = Instant.now();
		assertThat(run(ImportState.DONE, 0, 0, now, now).percent()).isEqualTo(100);
	}

	@Test
	void everyRecordTakenOnlyWhenDoneWithoutFailures() {
		Instant now = Instant.now();
		assertThat(run(ImportState.DONE, 3, 3, now, now).allTaken()).isTrue();
		assertThat(new ImportStatus(1, ImportKind.ARTICLES, ImportState.DONE, false, "editor", List.of("a.jsonl"), 3, 3,
				2, 0, 0, 1, null, now, now, now, List.of(), List.of())
			.allTaken()).isFalse();
		assertThat(run(ImportState.FAILED, 3, 1, now, now).allTaken()).isFalse();
	}

	private static ImportStatus run(ImportState state, long total, long done, @Nullable Instant started,
			@Nullable Instant ended) {
		return new ImportStatus(1, ImportKind.ARTICLES, state, false, "editor", List.of("a.jsonl"), total, done, done,
				0, 0, 0, null, Instant.EPOCH, started, ended, List.of(), List.of());
	}

}
