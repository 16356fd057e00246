package org.claimtracker.claim;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;

/** A claim's row with its evidence counted, before its topics are attached. */
record ClaimCount(long id, String statement, ClaimKind kind, @Nullable Long subjectId, @Nullable String subject,
		long supports, long contradicts, Publication status) {

}
