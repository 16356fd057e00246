package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.common.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's positions over time: the timelines of their quotes' stances, topic by topic,
 * and where they changed position. Two queries, however many people and quotes.
 */
@Service
public class PositionService {

	private final EvidenceRepository evidence;

	private final ClaimRepository claims;

	PositionService(EvidenceRepository evidence, ClaimRepository claims) {
		this.evidence = evidence;
		this.claims = claims;
	}

	/** The person's timelines, topics by name, and last the claims with no topic. */
	@Transactional(readOnly = true)
	public List<Timeline> timelines(long personId) {
		return timelines(List.of(personId)).getOrDefault(personId, List.of());
	}

	/**
	 * Each of those people's timelines, by their id; a person with no stance has none.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Timeline>> timelines(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		List<EvidenceView> links = this.evidence.findBySpeakers(personIds, Visibility.current())
			.stream()
			.map(EvidenceView::from)
			.toList();
		Map<Long, List<TopicView>> topics = topicsOf(links);
		Map<Long, List<Timeline>> result = new LinkedHashMap<>();
		links.stream()
			.collect(Collectors.groupingBy((e) -> e.quote().speakerId(), LinkedHashMap::new, Collectors.toList()))
			.forEach((person, theirs) -> result.put(person, timelinesOf(theirs, topics)));
		return result;
	}

	private Map<Long, List<TopicView>> topicsOf(List<EvidenceView> links) {
		Map<Long, List<TopicView>> topics = new HashMap<>();
		Set<Long> ids = links.stream().map(EvidenceView::claimId).collect(Collectors.toSet());
		if (!ids.isEmpty()) {
			for (Object[] row : this.claims.findTopics(ids, Visibility.current())) {
				topics.computeIfAbsent((Long) row[0], (id) -> new ArrayList<>()).add(TopicView.from((Topic) row[1]));
			}
		}
		return topics;
	}

	/** One person's evidence, already in date order, as a timeline per topic. */
	static List<Timeline> timelinesOf(List<EvidenceView> links, Map<Long, List<TopicView>> topicsByClaim) {
		List<PositionChange> changes = PositionChanges.of(links.stream().map(PositionService::taken).toList());
		Map<@Nullable TopicView, List<EvidenceView>> byTopic = new HashMap<>();
		for (EvidenceView link : links) {
			List<TopicView> topics = topicsByClaim.getOrDefault(link.claimId(), List.of());
			if (topics.isEmpty()) {
				byTopic.computeIfAbsent(null, (t) -> new ArrayList<>()).add(link);
			}
			topics.forEach((topic) -> byTopic.computeIfAbsent(topic, (t) -> new ArrayList<>()).add(link));
		}
		return byTopic.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<@Nullable TopicView, List<EvidenceView>> e) -> e.getKey(),
					Comparator.nullsLast(Comparator.comparing(TopicView::name))))
			.map((e) -> timeline(e.getKey(), e.getValue(), changes))
			.toList();
	}

	private static Timeline timeline(@Nullable TopicView topic, List<EvidenceView> links,
			List<PositionChange> changes) {
		Map<Long, List<EvidenceView>> byQuote = new LinkedHashMap<>();
		links.stream()
			.sorted(Comparator.comparing((EvidenceView e) -> e.quote().saidOrPublished())
				.thenComparingLong((e) -> e.quote().id())
				.thenComparingLong(EvidenceView::claimId))
			.forEach((e) -> byQuote.computeIfAbsent(e.quote().id(), (q) -> new ArrayList<>()).add(e));
		List<Timeline.Moment> moments = byQuote.values()
			.stream()
			.map((e) -> new Timeline.Moment(e.get(0).quote(), e.get(0).quote().saidOrPublished(), e))
			.toList();
		Set<Long> claims = links.stream().map(EvidenceView::claimId).collect(Collectors.toSet());
		return new Timeline(topic, moments, changes.stream().filter((c) -> claims.contains(c.claimId())).toList());
	}

	private static StanceTaken taken(EvidenceView link) {
		return new StanceTaken(link.quote().id(), link.claimId(), link.claimStatement(), link.stance(),
				link.quote().saidOrPublished());
	}

}
