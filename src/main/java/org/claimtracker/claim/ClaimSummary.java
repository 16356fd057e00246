package org.claimtracker.claim;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim in a list: its wording, subject, topics, the newsroom's rating (null when not
 * rated) and, apart from it, the balance of its evidence.
 */
public record ClaimSummary(long id, String statement, ClaimKind kind, @Nullable Long subjectId,
		@Nullable String subject, @Nullable String subjectParty, List<TopicView> topics, @Nullable String rating,
		Balance balance, boolean draft) {

}
