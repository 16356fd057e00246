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
 * in one query and their ratings in another.
 */
@Component
class ClaimSummaries {

	private final ClaimRepository claims;

	private final RatingService ratings;

	ClaimSummaries(ClaimRepository claims, RatingService ratings) {
		this.claims = claims;
		this.ratings = ratings;
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
		Map<Long, String> ratings = this.ratings.newsroomNames(counts.stream().map(ClaimCount::id).toList());
		return counts.stream()
			.map((c) -> new ClaimSummary(c.id(), c.statement(), c.kind(), c.subjectId(), c.subject(),
					topicsByClaim.getOrDefault(c.id(), List.of()), ratings.get(c.id()),
					new Balance(c.supports(), c.contradicts()), c.status() == Publication.DRAFT))
			.toList();
	}

}
