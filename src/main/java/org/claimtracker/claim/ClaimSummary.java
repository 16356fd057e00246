package org.claimtracker.claim;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A claim in a list: its wording, subject, topics and the balance of its evidence. */
public record ClaimSummary(long id, String statement, ClaimKind kind, @Nullable Long subjectId,
		@Nullable String subject, List<TopicView> topics, Balance balance, boolean draft) {

}
