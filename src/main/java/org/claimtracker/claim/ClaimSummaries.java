package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.Publication;
import org.claimtracker.common.Visibility;
import org.springframework.stereotype.Component;

/**
 * Turns claim counts into the summaries lists show, with the topics of all of them read
 * in one query; their ratings come with their counts.
 */
@Component
class ClaimSummaries {

	private final ClaimRepository claims;

	ClaimSummaries(ClaimRepository claims) {
		this.claims = claims;
	}

	List<ClaimSummary> of(List<ClaimCount> counts) {
		Map<Long, List<TopicView>> topicsByClaim = new HashMap<>();
		if (!counts.isEmpty()) {
			for (Object[] row : this.claims.findTopics(counts.stream().map(ClaimCount::id).toList(),
					Visibility.current())) {
				topicsByClaim.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>())
					.add(TopicView.from((Topic) row[1]));
			}
		}
		return counts.stream()
			.map((c) -> new ClaimSummary(c.id(), c.statement(), c.kind(), c.subjectId(), c.subject(), c.subjectParty(),
					topicsByClaim.getOrDefault(c.id(), List.of()), c.rating(),
					new Balance(c.supports(), c.contradicts()), c.status() == Publication.DRAFT))
			.toList();
	}

}
