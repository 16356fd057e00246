package org.claimtracker.correction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.quote.Placement;
import org.claimtracker.quote.Reanchored;
import org.jspecify.annotations.Nullable;

/**
 * What a correction did to the marked spans of an article: how many stayed where they were, moved,
 * were matched fuzzily or were flagged for review, and which an editor should look at.
 */
public record CorrectionSummary(long articleId, int unchanged, int moved, int fuzzy, int flagged,
		List<Item> items) implements Serializable {

	/** The two kinds of marked span. */
	public enum Kind {

		QUOTE, APPEARANCE

	}

	/**
	 * A span placed by a fuzzy match or flagged: its words before, the outcome ({@code FUZZY} or why it
	 * was flagged), the words it now covers or the closest found, and how alike they are, in percent.
	 */
	public record Item(Kind kind, long id, String before, String outcome, @Nullable String now,
			int similarity) implements Serializable {

		public boolean isFlagged() {
			return !"FUZZY".equals(this.outcome);
		}

	}

	static CorrectionSummary of(long articleId, List<Reanchored> quotes, List<Reanchored> appearances) {
		int[] counts = new int[4];
		List<Item> items = new ArrayList<>();
		count(Kind.QUOTE, quotes, counts, items);
		count(Kind.APPEARANCE, appearances, counts, items);
		return new CorrectionSummary(articleId, counts[0], counts[1], counts[2], counts[3], List.copyOf(items));
	}

	private static void count(Kind kind, List<Reanchored> spans, int[] counts, List<Item> items) {
		for (Reanchored span : spans) {
			if (span.placement() instanceof Placement.Placed placed) {
				counts[placed.how().ordinal()]++;
				if (placed.how() == Placement.How.FUZZY) {
					items.add(new Item(kind, span.id(), span.exact(), placed.how().name(), placed.anchor().getExact(),
							percent(placed.similarity())));
				}
			}
			else if (span.placement() instanceof Placement.NeedsReview review) {
				counts[3]++;
				// text less than half alike is no lead for the editor: only a rewrite names the closest text
				boolean lead = review.reason() == Placement.Reason.REWRITTEN && review.best() != null;
				items.add(new Item(kind, span.id(), span.exact(), review.reason().name(),
						lead ? review.best().getExact() : null, percent(review.similarity())));
			}
		}
	}

	private static int percent(double similarity) {
		return (int) Math.round(similarity * 100);
	}

}
