package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Bad records as a run reports them. */
final class ImportProblems {

	private ImportProblems() {
	}

	/**
	 * Reports the chunk's bad records and answers the others, in their order;
	 * {@code record} gives each one's record.
	 */
	static <T> List<T> reportBad(Iterable<? extends T> chunk, Function<T, ImportRecord<?>> record, ImportRuns runs,
			long runId, ImportCounts counts) {
		List<T> good = new ArrayList<>();
		for (T item : chunk) {
			if (record.apply(item).item() == null) {
				report(runs, runId, record.apply(item), counts);
			}
			else {
				good.add(item);
			}
		}
		return good;
	}

	/**
	 * Reports the record's problem; a record that is a file's (such as a header's unknown
	 * columns, at position -1) is told but not counted as failed.
	 */
	private static void report(ImportRuns runs, long runId, ImportRecord<?> record, ImportCounts counts) {
		String reason = record.problem() == null ? "unreadable" : record.problem();
		runs.problem(runId, new ImportProblem(record.file(), record.where(), reason));
		if (record.isRecord()) {
			counts.failed++;
		}
	}

}
