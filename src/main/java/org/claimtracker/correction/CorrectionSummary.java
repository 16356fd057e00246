package org.claimtracker.correction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.quote.Placement;
import org.claimtracker.quote.Reanchored;
import org.jspecify.annotations.Nullable;

/**
 * What a correction did to the marked spans of an article: how many stayed where they
 * were, moved, were matched fuzzily or were flagged for review, and which an editor
 * should look at.
 */
public record CorrectionSummary(long articleId, int unchanged, int moved, int fuzzy, int flagged,
		List<Item> items) implements Serializable {

	/** The two kinds of marked span. */
	public enum Kind {

		QUOTE, APPEARANCE

	}

	/**
	 * A span placed by a fuzzy match or flagged: its words before, the outcome
	 * ({@code FUZZY} or why it was flagged), the words it now covers or the closest
	 * found, and how alike they are, in percent.
	 */
	public record Item(Kind kind, long id, String before, String outcome, @Nullable String now,
			int similarity) implements Serializable {

		public boolean isFlagged() {
			return !"FUZZY".equals(this.outcome);
		}

	}

	static CorrectionSummary of(long articleId, List<Reanchored> quotes, List<Reanchored> appearances) {
		Map<Placement.How, Integer> placedBy = new EnumMap<>(Placement.How.class);
		List<Item> items = new ArrayList<>();
		int flagged = count(Kind.QUOTE, quotes, placedBy, items) + count(Kind.APPEARANCE, appearances, placedBy, items);
		return new CorrectionSummary(articleId, placedBy.getOrDefault(Placement.How.UNCHANGED, 0),
				placedBy.getOrDefault(Placement.How.MOVED, 0), placedBy.getOrDefault(Placement.How.FUZZY, 0), flagged,
				List.copyOf(items));
	}

	/**
	 * Counts the spans placed each way into {@code placedBy}; returns how many were
	 * flagged.
	 */
	private static int count(Kind kind, List<Reanchored> spans, Map<Placement.How, Integer> placedBy,
			List<Item> items) {
		int flagged = 0;
		for (Reanchored span : spans) {
			if (span.placement() instanceof Placement.Placed placed) {
				placedBy.merge(placed.how(), 1, Integer::sum);
				if (placed.how() == Placement.How.FUZZY) {
					items.add(new Item(kind, span.id(), span.exact(), placed.how().name(), placed.anchor().getExact(),
							percent(placed.similarity())));
				}
			}
			else if (span.placement() instanceof Placement.NeedsReview review) {
				flagged++;
				// text less than half alike is no lead for the editor: only a rewrite or
				// alike words elsewhere name it
				boolean lead = review.reason() != Placement.Reason.DELETED && review.best() != null;
				items.add(new Item(kind, span.id(), span.exact(), review.reason().name(),
						lead ? review.best().getExact() : null, percent(review.similarity())));
			}
		}
		return flagged;
	}

	private static int percent(double similarity) {
		return (int) Math.round(similarity * 100);
	}

}
