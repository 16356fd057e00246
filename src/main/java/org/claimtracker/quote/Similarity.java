package org.claimtracker.quote;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * How alike two texts are, by edit distance, and where a text best fits inside a longer
 * one.
 */
final class Similarity {

	private Similarity() {
	}

	/**
	 * 1 for equal texts, 0 for nothing in common: one minus the edit distance over the
	 * longer length. Distances beyond half the longer length are not worked out; such
	 * texts score below one half.
	 */
	static double of(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		int limit = longer / 2;
		int distance = distance(a, b, limit);
		return 1 - (double) Math.min(distance, limit + 1) / longer;
	}

	/**
	 * The edit distance, or {@code limit + 1} when it is larger: Commons Text fills only
	 * a band of the table.
	 */
	static int distance(String a, String b, int limit) {
		int distance = new LevenshteinDistance(limit).apply(a, b);
		return (distance < 0) ? limit + 1 : distance;
	}

	/**
	 * Where {@code pattern} fits {@code text[from, to)} with the fewest edits (Sellers'
	 * approximate search): the span {start, end}, or null when the text is empty.
	 */
	static int @Nullable [] bestFit(String pattern, String text, int from, int to) {
		int m = pattern.length();
		if (to <= from || m == 0) {
			return null;
		}
		int[] cost = new int[m + 1];
		int[] begin = new int[m + 1];
		for (int i = 0; i <= m; i++) {
			cost[i] = i;
			begin[i] = from;
		}
		int bestCost = cost[m];
		int[] best = { from, from };
		for (int j = from; j < to; j++) {
			char c = text.charAt(j);
			int diagonalCost = cost[0];
			int diagonalBegin = begin[0];
			cost[0] = 0;
			begin[0] = j + 1;
			for (int i = 1; i <= m; i++) {
				int upCost = cost[i];
				int upBegin = begin[i];
				int value = diagonalCost + ((pattern.charAt(i - 1) == c) ? 0 : 1);
				int start = diagonalBegin;
				if (upCost + 1 < value) {
					value = upCost + 1;
					start = upBegin;
				}
				if (cost[i - 1] + 1 < value) {
					value = cost[i - 1] + 1;
					start = begin[i - 1];
				}
				diagonalCost = upCost;
				diagonalBegin = upBegin;
				cost[i] = value;
				begin[i] = start;
			}
			if (cost[m] < bestCost) {
				bestCost = cost[m];
				best = new int[] { begin[m], j + 1 };
			}
		}
		return (best[1] > best[0]) ? best : null;
	}

}
