package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Claims under one topic; a claim with several topics is listed under each, and those
 * with none under no topic ({@code topic} null).
 */
public record TopicClaims(@Nullable TopicView topic, List<ClaimSummary> claims) {

	/**
	 * The claims grouped by topic, topics by name, and last those with no topic: without
	 * that group a claim with no topic would be under no heading, and missing from a
	 * page.
	 */
	public static List<TopicClaims> of(List<ClaimSummary> claims) {
		Map<TopicView, List<ClaimSummary>> byTopic = new LinkedHashMap<>();
		for (ClaimSummary claim : claims) {
			for (TopicView topic : claim.topics()) {
				byTopic.computeIfAbsent(topic, (t) -> new ArrayList<>()).add(claim);
			}
		}
		List<TopicClaims> groups = new ArrayList<>(byTopic.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicView::name)))
			.map((e) -> new TopicClaims(e.getKey(), e.getValue()))
			.toList());
		List<ClaimSummary> untopical = claims.stream().filter((c) -> c.topics().isEmpty()).toList();
		if (!untopical.isEmpty()) {
			groups.add(new TopicClaims(null, untopical));
		}
		return groups;
	}

}
