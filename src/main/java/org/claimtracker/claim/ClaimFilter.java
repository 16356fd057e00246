package org.claimtracker.claim;

import org.jspecify.annotations.Nullable;

/** What a reader narrows the claim list to; every part is optional. */
public record ClaimFilter(@Nullable String topic, @Nullable ClaimKind kind, @Nullable Long subjectId) {

	public static final ClaimFilter NONE = new ClaimFilter(null, null, null);

}
