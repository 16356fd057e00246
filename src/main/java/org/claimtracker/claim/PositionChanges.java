package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where one person changed position: on each claim, in date order, every stance
 * that is not the one their quote just before took. Derived from the evidence alone, so
 * that nobody types a change in.
 */
public final class PositionChanges {

	/**
	 * The order stances were taken in: by date, and on one day by quote id (the order
	 * they were recorded in), so the same evidence always gives the same changes.
	 */
	public static final Comparator<StanceTaken> IN_ORDER = Comparator.comparing(StanceTaken::on)
		.thenComparingLong(StanceTaken::quoteId)
		.thenComparingLong(StanceTaken::claimId);

	private PositionChanges() {
	}

	/**
	 * The changes in one person's stances, in the order they were taken: a stance taken
	 * again is no change, and the earlier quote of a change is the last one before it on
	 * that claim.
	 */
	public static List<PositionChange> of(List<StanceTaken> stances) {
		List<StanceTaken> ordered = new ArrayList<>(stances);
		ordered.sort(IN_ORDER);
		Map<Long, StanceTaken> last = new HashMap<>();
		List<PositionChange> changes = new ArrayList<>();
		for (StanceTaken stance : ordered) {
			StanceTaken before = last.put(stance.claimId(), stance);
			if (before != null && before.stance() != stance.stance()) {
				changes.add(new PositionChange(before, stance));
			}
		}
		return changes;
	}

}
