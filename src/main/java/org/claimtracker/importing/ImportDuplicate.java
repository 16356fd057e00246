package org.claimtracker.importing;

import org.jspecify.annotations.Nullable;

/**
 * A claim an import added that reads as the same claim as one held before: where it was
 * in the files, and both claims (a statement is null when its claim is gone since).
 */
public record ImportDuplicate(String file, String place, long claimId, @Nullable String statement, long duplicateOf,
		@Nullable String duplicateStatement) {

}
