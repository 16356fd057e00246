package org.claimtracker.claim;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The wording, kind, subject and topics an editor gives a claim. */
public record ClaimDraft(String statement, ClaimKind kind, @Nullable Long subjectId, Set<Long> topicIds) {

}
