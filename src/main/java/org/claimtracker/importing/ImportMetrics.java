package org.claimtracker.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How imports progress, as metrics: {@value #RECORDS} counts the records that chunks
 * committed, by outcome ({@code added}, {@code unchanged}, {@code corrected},
 * {@code rejected}); {@value #RUNNING} is the number of runs going on, and
 * {@value #REMAINING} the records they have left, both read from the runs' rows when
 * scraped, so that they hold for every instance's runs.
 */
@Component
class ImportMetrics {

	static final String RECORDS = "claimtracker.import.records";

	static final String RUNNING = "claimtracker.import.running";

	static final String REMAINING = "claimtracker.import.remaining";

	private final Counter added;

	private final Counter unchanged;

	private final Counter corrected;

	private final Counter rejected;

	ImportMetrics(MeterRegistry meters, JdbcClient jdbc) {
		this.added = counter(meters, "added");
		this.unchanged = counter(meters, "unchanged");
		this.corrected = counter(meters, "corrected");
		this.rejected = counter(meters, "rejected");
		Gauge.builder(RUNNING, jdbc,
				(db) -> db.sql("select count(*) from import_run where state = 'RUNNING'").query(Long.class).single())
			.description("Import runs going on")
			.strongReference(true)
			.register(meters);
		Gauge
			.builder(REMAINING, jdbc, (db) -> db
				.sql("select coalesce(sum(greatest(total - done, 0)), 0) from import_run " + "where state = 'RUNNING'")
				.query(Long.class)
				.single())
			.description("Records that the import runs going on have left to read")
			.strongReference(true)
			.register(meters);
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder(RECORDS)
			.description("Imported records, by outcome")
			.tag("outcome", outcome)
			.register(meters);
	}

	/**
	 * Counts a chunk's records once its transaction commits: a chunk rolled back (and
	 * read again) is counted once, when it finally commits.
	 */
	void counted(ImportCounts counts) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					add(counts);
				}
			});
		}
		else {
			add(counts);
		}
	}

	private void add(ImportCounts counts) {
		this.added.increment(counts.added);
		this.unchanged.increment(counts.unchanged);
		this.corrected.increment(counts.corrected);
		this.rejected.increment(counts.failed);
	}

}
