package org.claimtracker.importing;

/**
 * Why one record of a file gives nothing to import; the reading goes on with the next.
 * The message is the reason an editor reads beside the record's line or entry.
 */
class BadRecordException extends Exception {

	BadRecordException(String reason) {
		super(reason, null, false, false);
	}

}
