package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.Comparator;
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

	/**
	 * Longer spans are matched fuzzily through their context only, and not refined, to
	 * keep the search bounded.
	 */
	static final int MAX_FUZZY_SEARCH = 1_000;

	private final String newBody;

	private final OffsetMap offsets;

	private Reanchoring(String newBody, OffsetMap offsets) {
		this.newBody = newBody;
		this.offsets = offsets;
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
		return fuzzy(anchor, start, end);
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
			if (contextSimilarity(anchor, at, at + length) >= CONTEXT_MATCH
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
					|| contextSimilarity(anchor, at, at + anchor.getExact().length()) >= CONTEXT_MATCH;
			if (eligible && (best == null || distance < Math.abs(best - mapped))) {
				best = at;
			}
		}
		return best;
	}

	private Placement fuzzy(TextAnchor anchor, int start, int end) {
		String exact = anchor.getExact();
		int radius = Math.max(64, exact.length());
		int from = clamp(start - radius - TextAnchor.CONTEXT);
		int to = clamp(end + radius + TextAnchor.CONTEXT);
		List<int[]> candidates = new ArrayList<>();
		if (end > start) {
			candidates.add(new int[] { start, end });
		}
		int[] bracketed = bracket(anchor, from, to, start, end);
		if (bracketed != null) {
			candidates.add(bracketed);
		}
		if (exact.length() <= MAX_FUZZY_SEARCH) {
			int[] fit = Similarity.bestFit(exact, this.newBody, from, to);
			if (fit != null) {
				candidates.add(fit);
			}
		}
		Candidate best = candidates.stream()
			.map((span) -> trim(span, exact))
			.filter((span) -> span[1] > span[0])
			.map((span) -> candidate(span[0], span[1], anchor))
			.max(Comparator.comparingDouble(Candidate::score))
			.orElse(null);
		if (best == null) {
			return new NeedsReview(Reason.DELETED, null, 0);
		}
		if (exact.length() <= MAX_FUZZY_SEARCH) {
			best = refined(best, anchor);
		}
		if (best.similarity() >= THRESHOLD) {
			return placed(best.start(), best.end(), How.FUZZY, best.similarity());
		}
		Reason reason = (best.similarity() >= 0.5) ? Reason.REWRITTEN : Reason.DELETED;
		return new NeedsReview(reason, TextAnchor.of(this.newBody, best.start(), best.end()), best.similarity());
	}

	/**
	 * The candidate with its ends moved a word or a mark at a time while that makes it a
	 * better match: a candidate as long as the old words misses the end of words that
	 * grew ("this very year" found as "this very"), and the context that follows tells
	 * where they now end.
	 */
	private Candidate refined(Candidate candidate, TextAnchor anchor) {
		Candidate best = candidate;
		for (int step = 0; step < 16; step++) {
			Candidate next = best;
			int[][] moves = { { best.start(), token(best.end(), 1) }, { best.start(), token(best.end(), -1) },
					{ token(best.start(), -1), best.end() }, { token(best.start(), 1), best.end() } };
			for (int[] move : moves) {
				int start = move[0];
				int end = move[1];
				while (start < end && Character.isWhitespace(this.newBody.charAt(start))) {
					start++;
				}
				while (end > start && Character.isWhitespace(this.newBody.charAt(end - 1))) {
					end--;
				}
				if (end > start && end - start <= 2 * anchor.getExact().length() + 64 && !splitsAPair(start)
						&& !splitsAPair(end)) {
					Candidate moved = candidate(start, end, anchor);
					if (moved.score() > next.score()) {
						next = moved;
					}
				}
			}
			if (next == best) {
				return best;
			}
			best = next;
		}
		return best;
	}

	/**
	 * Where one token (a run of letters and digits, or one other mark) past {@code at}
	 * ends, in the direction given, over the white space before it; {@code at} itself at
	 * either end of the body.
	 */
	private int token(int at, int direction) {
		int i = at;
		int edge = (direction > 0) ? this.newBody.length() : 0;
		while (i != edge && Character.isWhitespace(charAt(i, direction))) {
			i += direction;
		}
		if (i != edge && Character.isLetterOrDigit(charAt(i, direction))) {
			while (i != edge && Character.isLetterOrDigit(charAt(i, direction))) {
				i += direction;
			}
		}
		else if (i != edge) {
			i += direction;
		}
		return i;
	}

	/**
	 * Whether {@code at} falls between the two halves of a character outside the Basic
	 * Multilingual Plane.
	 */
	private boolean splitsAPair(int at) {
		return at > 0 && at < this.newBody.length() && Character.isLowSurrogate(this.newBody.charAt(at))
				&& Character.isHighSurrogate(this.newBody.charAt(at - 1));
	}

	/**
	 * The character a step from {@code at} takes over: at {@code at} going forward,
	 * before it going back.
	 */
	private char charAt(int at, int direction) {
		return this.newBody.charAt((direction > 0) ? at : at - 1);
	}

	private Candidate candidate(int start, int end, TextAnchor anchor) {
		return new Candidate(start, end, Similarity.of(anchor.getExact(), this.newBody.substring(start, end)),
				contextSimilarity(anchor, start, end));
	}

	/**
	 * The text between where the prefix now ends and the suffix now starts, nearest the
	 * mapped place.
	 */
	private int @Nullable [] bracket(TextAnchor anchor, int from, int to, int start, int end) {
		Integer prefixEnd = nearest(piece(anchor.getPrefix(), true), from, to, start, true);
		int afterPrefix = (prefixEnd != null) ? prefixEnd : from;
		Integer suffixStart = nearest(piece(anchor.getSuffix(), false), afterPrefix, to, end, false);
		int length = anchor.getExact().length();
		if (prefixEnd != null && suffixStart != null) {
			return new int[] { prefixEnd, suffixStart };
		}
		if (prefixEnd != null) {
			return new int[] { prefixEnd, Math.min(this.newBody.length(), prefixEnd + length) };
		}
		if (suffixStart != null) {
			return new int[] { Math.max(0, suffixStart - length), suffixStart };
		}
		return null;
	}

	/** The context to look for: its part next to the span, long enough to be telling. */
	private static String piece(String context, boolean prefix) {
		int length = Math.min(context.length(), 16);
		return prefix ? context.substring(context.length() - length) : context.substring(0, length);
	}

	/**
	 * The end (for a prefix) or start (for a suffix) of the occurrence of {@code piece}
	 * nearest {@code target}.
	 */
	private @Nullable Integer nearest(String piece, int from, int to, int target, boolean prefix) {
		if (piece.isBlank()) {
			return null;
		}
		Integer best = null;
		for (int at = this.newBody.indexOf(piece, from); at >= 0
				&& at + piece.length() <= to; at = this.newBody.indexOf(piece, at + 1)) {
			int edge = prefix ? at + piece.length() : at;
			if (best == null || Math.abs(edge - target) < Math.abs(best - target)) {
				best = edge;
			}
		}
		return best;
	}

	/**
	 * Drops white space around a candidate that the old words did not have around them,
	 * and widens a candidate that starts or ends inside a word to the whole word, as the
	 * old words did not.
	 */
	private int[] trim(int[] span, String exact) {
		int s = span[0];
		int e = span[1];
		boolean keepLeading = Character.isWhitespace(exact.charAt(0));
		boolean keepTrailing = Character.isWhitespace(exact.charAt(exact.length() - 1));
		while (!keepLeading && s < e && Character.isWhitespace(this.newBody.charAt(s))) {
			s++;
		}
		while (!keepTrailing && e > s && Character.isWhitespace(this.newBody.charAt(e - 1))) {
			e--;
		}
		if (e > s && Character.isLetterOrDigit(exact.charAt(0))) {
			while (s > 0 && Character.isLetterOrDigit(this.newBody.charAt(s - 1))
					&& Character.isLetterOrDigit(this.newBody.charAt(s))) {
				s--;
			}
		}
		if (e > s && Character.isLetterOrDigit(exact.charAt(exact.length() - 1))) {
			while (e < this.newBody.length() && Character.isLetterOrDigit(this.newBody.charAt(e))
					&& Character.isLetterOrDigit(this.newBody.charAt(e - 1))) {
				e++;
			}
		}
		// never split a character outside the Basic Multilingual Plane (an emoji, say) in
		// two
		if (s > 0 && s < this.newBody.length() && Character.isLowSurrogate(this.newBody.charAt(s))) {
			s--;
		}
		if (e > s && e < this.newBody.length() && Character.isLowSurrogate(this.newBody.charAt(e))) {
			e++;
		}
		return new int[] { s, e };
	}

	/**
	 * How alike the text around {@code [start, end)} is to the anchor's prefix and
	 * suffix.
	 */
	private double contextSimilarity(TextAnchor anchor, int start, int end) {
		String prefix = this.newBody.substring(Math.max(0, start - anchor.getPrefix().length()), start);
		String suffix = this.newBody.substring(end, Math.min(this.newBody.length(), end + anchor.getSuffix().length()));
		return (Similarity.of(anchor.getPrefix(), prefix) + Similarity.of(anchor.getSuffix(), suffix)) / 2;
	}

	private Placed placed(int start, int end, How how, double similarity) {
		return new Placed(TextAnchor.of(this.newBody, start, end), how, similarity);
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(this.newBody.length(), offset));
	}

	/**
	 * A span the fuzzy step considers: how alike its words and its context are to the old
	 * ones.
	 */
	private record Candidate(int start, int end, double similarity, double context) {

		/**
		 * The words count most; the context tells apart candidates whose words are as
		 * alike.
		 */
		double score() {
			return this.similarity + 0.25 * this.context;
		}

	}

}
