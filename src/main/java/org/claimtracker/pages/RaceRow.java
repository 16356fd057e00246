package org.claimtracker.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.Timeline;
import org.claimtracker.claim.TopicView;
import org.claimtracker.person.RaceView;
import org.jspecify.annotations.Nullable;

/**
 * One topic's row of a race's side-by-side page: for each candidate, in the race's order,
 * the claims about them on that topic. A claim with several topics is in each of their
 * rows; claims with no topic make a last row ({@code topic} null), so that none is left
 * out. A topic the candidates only took stances on in their quotes has a row too, for
 * their positions over time.
 */
public record RaceRow(@Nullable TopicView topic, List<List<ClaimSummary>> cells) {

	/** The rows of the race's candidates' claims, topics by name. */
	public static List<RaceRow> of(List<RaceView.Candidate> candidates, List<ClaimSummary> claims) {
		return of(candidates, claims, List.of());
	}

	/**
	 * The rows of the race's candidates' claims and of the topics of their positions over
	 * time, topics by name.
	 */
	public static List<RaceRow> of(List<RaceView.Candidate> candidates, List<ClaimSummary> claims,
			List<Timeline> timelines) {
		Map<@Nullable TopicView, List<List<ClaimSummary>>> rows = new LinkedHashMap<>();
		Stream
			.concat(claims.stream().flatMap((c) -> c.topics().stream()),
					timelines.stream().map(Timeline::topic).filter(Objects::nonNull))
			.distinct()
			.sorted(Comparator.comparing(TopicView::name))
			.forEach((t) -> rows.put(t, emptyCells(candidates.size())));
		for (ClaimSummary claim : claims) {
			int column = column(candidates, claim.subjectId());
			if (column < 0) {
				continue;
			}
			if (claim.topics().isEmpty()) {
				rows.computeIfAbsent(null, (t) -> emptyCells(candidates.size())).get(column).add(claim);
			}
			for (TopicView topic : claim.topics()) {
				rows.get(topic).get(column).add(claim);
			}
		}
		if (timelines.stream().anyMatch((t) -> t.topic() == null)) {
			rows.computeIfAbsent(null, (t) -> emptyCells(candidates.size()));
		}
		List<RaceRow> result = new ArrayList<>();
		rows.forEach((topic, cells) -> result.add(new RaceRow(topic, cells)));
		return result;
	}

	private static int column(List<RaceView.Candidate> candidates, @Nullable Long personId) {
		for (int i = 0; i < candidates.size(); i++) {
			if (Objects.equals(candidates.get(i).personId(), personId)) {
				return i;
			}
		}
		return -1;
	}

	private static List<List<ClaimSummary>> emptyCells(int columns) {
		List<List<ClaimSummary>> cells = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			cells.add(new ArrayList<>());
		}
		return cells;
	}

}
