package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.quote.Placement.How;
import org.claimtracker.quote.Placement.NeedsReview;
import org.claimtracker.quote.Placement.Placed;
import org.claimtracker.quote.Placement.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Finds the spans of an old article body again in its corrected body, in three steps: the
 * exact words where the diff of the two bodies puts them; else the same words nearest to
 * that place; else words alike enough (by edit distance) where the span or its prefix and
 * suffix now are. A span none of these place is left for an editor: it is never dropped.
 */
public final class Reanchoring {

	/**
	 * How alike the new words must be to the old for a fuzzy match to be placed without
	 * review.
	 */
	public static final double THRESHOLD = 0.8;

	/** How far from its mapped place, in characters, the same words count as nearby. */
	static final int NEARBY = 2_000;

	/**
	 * How alike the context must be for the same words further away to count as the span
	 * moved.
	 */
	static final double CONTEXT_MATCH = 0.6;

	private final String newBody;

	private final OffsetMap offsets;

	private final AlikeWords alike;

	private Reanchoring(String newBody, OffsetMap offsets) {
		this.newBody = newBody;
		this.offsets = offsets;
		this.alike = new AlikeWords(newBody);
	}

	public static Reanchoring between(String oldBody, String newBody) {
		return new Reanchoring(newBody, OffsetMap.between(oldBody, newBody));
	}

	/**
	 * For anchors kept without the text they were made on: only {@link #placeAgain}
	 * applies, as there is no old text to map their offsets from.
	 */
	public static Reanchoring within(String body) {
		return new Reanchoring(body, OffsetMap.between(body, body));
	}

	/**
	 * Places marked words of the old body in the new one: those anchored are placed or
	 * else flagged for review, never dropped; those flagged before are placed only if
	 * their exact words are back in the same context, and are left out of the answer
	 * otherwise. No span is placed on the words of another that it did not overlap
	 * before: when a quote's sentence is deleted, the same or alike words beside it are
	 * the other's, not these moved or edited, so such a span is flagged with them as the
	 * closest text.
	 */
	public List<Reanchored> placeAll(List<? extends Anchored> marked) {
		Map<Anchored, Placement> placements = new LinkedHashMap<>();
		for (Anchored words : marked) {
			if (words.getAnchorState() == AnchorState.NEEDS_REVIEW
					&& placeAgain(words.getAnchor()) instanceof Placed placed) {
				placements.put(words, placed);
			}
			else if (words.getAnchorState() == AnchorState.ANCHORED) {
				placements.put(words, place(words.getAnchor()));
			}
		}
		placements.replaceAll((words, placement) -> takenFromAnother(words, placement, placements)
				? new NeedsReview(Reason.TAKEN, ((Placed) placement).anchor(), ((Placed) placement).similarity())
				: placement);
		List<Reanchored> answer = new ArrayList<>();
		placements.forEach((words, placement) -> {
			answer.add(new Reanchored(words.getId(), words.getAnchor().getExact(), placement));
			if (placement instanceof Placed placed && (words.getAnchorState() == AnchorState.NEEDS_REVIEW
					|| !placed.anchor().equals(words.getAnchor()))) {
				words.anchorAt(placed.anchor());
			}
			else if (placement instanceof NeedsReview) {
				words.flagForReview();
			}
		});
		return answer;
	}

	/**
	 * Whether a span placed away from its old words (the same words elsewhere, or alike
	 * ones) lands on another span's words that it did not overlap before: the other's
	 * exact words, or alike words the other matches at least as well (of two spans
	 * matched as alike to the same words, the one matched less closely gives way, the
	 * earlier one on a tie).
	 */
	private static boolean takenFromAnother(Anchored words, Placement placement, Map<Anchored, Placement> placements) {
		if (!(placement instanceof Placed moved) || moved.how() == How.UNCHANGED) {
			return false;
		}
		for (Map.Entry<Anchored, Placement> other : placements.entrySet()) {
			if (other.getKey() != words && other.getValue() instanceof Placed there
					&& there.anchor().overlaps(moved.anchor())
					&& !other.getKey().getAnchor().overlaps(words.getAnchor())
					&& (there.how() != How.FUZZY || there.similarity() >= moved.similarity())) {
				return true;
			}
		}
		return false;
	}

	/** Places an anchor of the old body in the new one. */
	public Placement place(TextAnchor anchor) {
		if (this.newBody.isEmpty()) {
			return new NeedsReview(Reason.EMPTY_TEXT, null, 0);
		}
		String exact = anchor.getExact();
		int start = clamp(this.offsets.start(anchor.getStart()));
		int end = Math.max(start, clamp(this.offsets.end(anchor.getEnd())));
		if (this.newBody.startsWith(exact, start)) {
			return placed(start, start + exact.length(), (start == anchor.getStart()) ? How.UNCHANGED : How.MOVED, 1);
		}
		Integer nearest = nearestExact(anchor, start);
		if (nearest != null) {
			return placed(nearest, nearest + exact.length(), How.MOVED, 1);
		}
		return this.alike.place(anchor, start, end);
	}

	/**
	 * Tries again to place an anchor that an earlier correction could not: its offsets
	 * belong to an older text, so only its exact words in the same context count, nearest
	 * to where they were.
	 */
	public Placement placeAgain(TextAnchor anchor) {
		Integer best = null;
		int length = anchor.getExact().length();
		for (int at : TextSearch.occurrences(this.newBody, anchor.getExact())) {
			if (this.alike.contextSimilarity(anchor, at, at + length) >= CONTEXT_MATCH
					&& (best == null || Math.abs(at - anchor.getStart()) < Math.abs(best - anchor.getStart()))) {
				best = at;
			}
		}
		return (best != null) ? placed(best, best + length, How.MOVED, 1) : new NeedsReview(Reason.DELETED, null, 0);
	}

	/**
	 * The occurrence of the exact words nearest to {@code mapped}: nearby, or further
	 * away in the same context.
	 */
	private @Nullable Integer nearestExact(TextAnchor anchor, int mapped) {
		Integer best = null;
		for (int at : TextSearch.occurrences(this.newBody, anchor.getExact())) {
			int distance = Math.abs(at - mapped);
			boolean eligible = distance <= NEARBY
					|| this.alike.contextSimilarity(anchor, at, at + anchor.getExact().length()) >= CONTEXT_MATCH;
			if (eligible && (best == null || distance < Math.abs(best - mapped))) {
				best = at;
			}
		}
		return best;
	}

	private Placed placed(int start, int end, How how, double similarity) {
		return new Placed(TextAnchor.of(this.newBody, start, end), how, similarity);
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(this.newBody.length(), offset));
	}

}
