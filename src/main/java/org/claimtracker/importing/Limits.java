package org.claimtracker.importing;

/**
 * How big a record of an import file may be, so that a file of any size is read in little
 * memory: a record over the limit is a bad record, skipped without being held whole.
 */
final class Limits {

	/** 1 MiB, in bytes (for lines, pages, entries) or characters (for CSV rows). */
	static final int RECORD = 1 << 20;

	/** How much of a file detection looks at. */
	static final int SNIFF = 8 << 10;

	private Limits() {
	}

	static String tooBig(String what) {
		return what + " is over 1 MiB, the most one record may hold";
	}

}
