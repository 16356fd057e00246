package org.claimtracker.importing;

/** Bad records as a run reports them. */
final class ImportProblems {

	private ImportProblems() {
	}

	/**
	 * Reports the record's problem; a record that is a file's (such as a header's unknown
	 * columns, at position -1) is told but not counted as failed.
	 */
	static void report(ImportRuns runs, long runId, ImportRecord<?> record, ImportCounts counts) {
		String reason = record.problem() == null ? "unreadable" : record.problem();
		runs.problem(runId, new ImportProblem(record.file(), record.where(), reason));
		if (record.isRecord()) {
			counts.failed++;
		}
	}

}
