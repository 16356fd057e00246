package org.claimtracker.claim;

import org.claimtracker.common.ImportOutcome;
import org.jspecify.annotations.Nullable;

/**
 * What became of one imported claim: the claim it is now, and for a claim added, the
 * claim held before that it likely duplicates, if any.
 */
public record ClaimTaken(ImportOutcome outcome, long claimId, @Nullable Long likelyDuplicateOf) {

}
