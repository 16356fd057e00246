package org.claimtracker.importing;

import org.claimtracker.common.ImportOutcome;

/** What a chunk of records did, to add to its run's counts. */
final class ImportCounts {

	long added;

	long unchanged;

	long corrected;

	long failed;

	void count(ImportOutcome outcome) {
		switch (outcome) {
			case ADDED -> this.added++;
			case UNCHANGED -> this.unchanged++;
			case CORRECTED -> this.corrected++;
		}
	}

	long done() {
		return this.added + this.unchanged + this.corrected + this.failed;
	}

}
