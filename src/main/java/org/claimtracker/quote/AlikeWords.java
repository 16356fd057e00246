package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.claimtracker.quote.Placement.How;
import org.claimtracker.quote.Placement.NeedsReview;
import org.claimtracker.quote.Placement.Placed;
import org.claimtracker.quote.Placement.Reason;
import org.jspecify.annotations.Nullable;

/**
 * The last step of {@link Reanchoring}: words alike enough (by edit distance) to a span's
 * old words, found where the span or its prefix and suffix now are in the corrected body.
 */
final class AlikeWords {

	/**
	 * Longer spans are matched fuzzily through their context only, and not refined, to
	 * keep the search bounded.
	 */
	static final int MAX_FUZZY_SEARCH = 1_000;

	private final String body;

	AlikeWords(String body) {
		this.body = body;
	}

	/**
	 * The words most alike the anchor's near {@code [start, end)}, where the old span
	 * maps to: placed when alike enough, else flagged for review with the closest text.
	 */
	Placement place(TextAnchor anchor, int start, int end) {
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
			int[] fit = Similarity.bestFit(exact, this.body, from, to);
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
		if (best.similarity() >= Reanchoring.THRESHOLD) {
			return new Placed(TextAnchor.of(this.body, best.start(), best.end()), How.FUZZY, best.similarity());
		}
		Reason reason = (best.similarity() >= 0.5) ? Reason.REWRITTEN : Reason.DELETED;
		return new NeedsReview(reason, TextAnchor.of(this.body, best.start(), best.end()), best.similarity());
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
				while (start < end && Character.isWhitespace(this.body.charAt(start))) {
					start++;
				}
				while (end > start && Character.isWhitespace(this.body.charAt(end - 1))) {
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
		int edge = (direction > 0) ? this.body.length() : 0;
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
		return at > 0 && at < this.body.length() && Character.isLowSurrogate(this.body.charAt(at))
				&& Character.isHighSurrogate(this.body.charAt(at - 1));
	}

	/**
	 * The character a step from {@code at} takes over: at {@code at} going forward,
	 * before it going back.
	 */
	private char charAt(int at, int direction) {
		return this.body.charAt((direction > 0) ? at : at - 1);
	}

	private Candidate candidate(int start, int end, TextAnchor anchor) {
		return new Candidate(start, end, Similarity.of(anchor.getExact(), this.body.substring(start, end)),
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
			return new int[] { prefixEnd, Math.min(this.body.length(), prefixEnd + length) };
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
		for (int at = this.body.indexOf(piece, from); at >= 0
				&& at + piece.length() <= to; at = this.body.indexOf(piece, at + 1)) {
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
		while (!keepLeading && s < e && Character.isWhitespace(this.body.charAt(s))) {
			s++;
		}
		while (!keepTrailing && e > s && Character.isWhitespace(this.body.charAt(e - 1))) {
			e--;
		}
		if (e > s && Character.isLetterOrDigit(exact.charAt(0))) {
			while (s > 0 && Character.isLetterOrDigit(this.body.charAt(s - 1))
					&& Character.isLetterOrDigit(this.body.charAt(s))) {
				s--;
			}
		}
		if (e > s && Character.isLetterOrDigit(exact.charAt(exact.length() - 1))) {
			while (e < this.body.length() && Character.isLetterOrDigit(this.body.charAt(e))
					&& Character.isLetterOrDigit(this.body.charAt(e - 1))) {
				e++;
			}
		}
		// never split a character outside the Basic Multilingual Plane (an emoji, say) in
		// two
		if (s > 0 && s < this.body.length() && Character.isLowSurrogate(this.body.charAt(s))) {
			s--;
		}
		if (e > s && e < this.body.length() && Character.isLowSurrogate(this.body.charAt(e))) {
			e++;
		}
		return new int[] { s, e };
	}

	/**
	 * How alike the text around {@code [start, end)} is to the anchor's prefix and
	 * suffix.
	 */
	double contextSimilarity(TextAnchor anchor, int start, int end) {
		String prefix = this.body.substring(Math.max(0, start - anchor.getPrefix().length()), start);
		String suffix = this.body.substring(end, Math.min(this.body.length(), end + anchor.getSuffix().length()));
		return (Similarity.of(anchor.getPrefix(), prefix) + Similarity.of(anchor.getSuffix(), suffix)) / 2;
	}

	private int clamp(int offset) {
		return Math.max(0, Math.min(this.body.length(), offset));
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
