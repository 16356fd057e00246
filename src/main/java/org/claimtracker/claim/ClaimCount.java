package org.claimtracker.claim;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;

/**
 * A claim's row with the newsroom's rating (null when none) and its evidence counted,
 * before its topics are attached.
 */
record ClaimCount(long id, String statement, ClaimKind kind, @Nullable Long subjectId, @Nullable String subject,
		@Nullable String subjectParty, @Nullable String rating, long supports, long contradicts, Publication status) {

}
