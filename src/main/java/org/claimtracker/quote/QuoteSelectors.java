package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.List;

import org.claimtracker.quote.Placement.Placed;
import org.jspecify.annotations.Nullable;

/**
 * Finds the words a W3C TextQuoteSelector describes ({@code exact}, with the
 * {@code prefix} and {@code suffix} around it) in an article body, as annotations made
 * elsewhere (Hypothesis, another ClaimTracker) describe them: the exact words where their
 * context fits best; else the same words written with other quote marks, dashes or
 * spaces; else, near the position a TextPositionSelector gave, words alike enough as a
 * correction re-anchors them ({@link Reanchoring}).
 * <p>
 * Positions here are Java {@code String} indexes, as everywhere in ClaimTracker; the W3C
 * TextPositionSelector counts Unicode code points, which {@link #codePoints} and
 * {@link #index} convert.
 */
public final class QuoteSelectors {

	private QuoteSelectors() {
	}

	/** How the words were found. */
	public enum How {

		/** The exact words. */
		EXACT,
		/** The same words, with other quote marks, dashes or spaces. */
		LOOSE,
		/** Words alike enough, near the given position. */
		FUZZY

	}

	/** The span found, and how. */
	public record Found(TextAnchor anchor, How how) {

	}

	/** The code points in the body before the Java index: a W3C text position. */
	public static int codePoints(String body, int index) {
		return body.codePointCount(0, index);
	}

	/**
	 * The Java index of a W3C text position (code points from the start); -1 if the body
	 * is shorter.
	 */
	public static int index(String body, int codePoints) {
		if (codePoints < 0) {
			return -1;
		}
		try {
			return body.offsetByCodePoints(0, codePoints);
		}
		catch (IndexOutOfBoundsException ex) {
			return -1;
		}
	}

	/**
	 * Where the selector's words are in the body; {@code near}, a Java index, breaks ties
	 * and places alike words when the exact ones are gone; null if they are not there.
	 */
	public static @Nullable Found find(String body, String exact, String prefix, String suffix,
			@Nullable Integer near) {
		if (exact.isEmpty() || body.isEmpty()) {
			return null;
		}
		Integer at = best(body, TextSearch.occurrences(body, exact), exact.length(), prefix, suffix, near);
		if (at != null) {
			return new Found(TextAnchor.of(body, at, at + exact.length()), How.EXACT);
		}
		Found loose = loose(body, exact, prefix, suffix, near);
		if (loose != null) {
			return loose;
		}
		if (near != null && near >= 0 && near <= body.length()) {
			int end = Math.min(body.length(), near + exact.length());
			TextAnchor given = new TextAnchor(near, Math.max(end, near), exact, prefix, suffix);
			if (Reanchoring.within(body).place(given) instanceof Placed placed) {
				return new Found(placed.anchor(), How.FUZZY);
			}
		}
		return null;
	}

	/**
	 * The same words with quote marks, dashes and runs of spaces written alike, and
	 * invisible characters left out, on both sides.
	 */
	private static @Nullable Found loose(String body, String exact, String prefix, String suffix,
			@Nullable Integer near) {
		Loose text = Loose.of(body);
		String words = Loose.of(exact).text.strip();
		if (words.isEmpty()) {
			return null;
		}
		List<Integer> starts = TextSearch.occurrences(text.text, words);
		Integer at = best(text.text, starts, words.length(), Loose.of(prefix).text, Loose.of(suffix).text,
				(near == null) ? null : text.looseIndex(near));
		if (at == null) {
			return null;
		}
		int start = text.original[at];
		int end = text.original[at + words.length() - 1] + 1;
		// a character written as two Java chars ends after both
		if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) {
			end++;
		}
		return new Found(TextAnchor.of(body, start, end), How.LOOSE);
	}

	/**
	 * Of the starts of the words, the one whose context matches the prefix and suffix
	 * longest; of equals, the one nearest {@code near}, else the first.
	 */
	private static @Nullable Integer best(String body, List<Integer> starts, int length, String prefix, String suffix,
			@Nullable Integer near) {
		Integer best = null;
		int bestScore = -1;
		for (int at : starts) {
			int score = commonEnd(prefix, body, at) + commonStart(suffix, body, at + length);
			boolean closer = near != null && best != null && Math.abs(at - near) < Math.abs(best - near);
			if (score > bestScore || (score == bestScore && closer)) {
				best = at;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * How many characters at the end of {@code prefix} the body has before {@code at}.
	 */
	private static int commonEnd(String prefix, String body, int at) {
		int n = 0;
		while (n < prefix.length() && at - n - 1 >= 0
				&& prefix.charAt(prefix.length() - n - 1) == body.charAt(at - n - 1)) {
			n++;
		}
		return n;
	}

	/**
	 * How many characters at the start of {@code suffix} the body has from {@code at}.
	 */
	private static int commonStart(String suffix, String body, int at) {
		int n = 0;
		while (n < suffix.length() && at + n < body.length() && suffix.charAt(n) == body.charAt(at + n)) {
			n++;
		}
		return n;
	}

	/** A text with its marks written alike, and where each of its chars came from. */
	private record Loose(String text, int[] original) {

		static Loose of(String text) {
			StringBuilder loose = new StringBuilder(text.length());
			List<Integer> from = new ArrayList<>(text.length());
			boolean space = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060'
						|| c == '\ufeff') {
					continue;
				}
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					if (!space) {
						loose.append(' ');
						from.add(i);
					}
					space = true;
					continue;
				}
				space = false;
				loose.append(alike(c));
				from.add(i);
			}
			return new Loose(loose.toString(), from.stream().mapToInt(Integer::intValue).toArray());
		}

		/** The loose index nearest the original one. */
		int looseIndex(int index) {
			for (int i = 0; i < this.original.length; i++) {
				if (this.original[i] >= index) {
					return i;
				}
			}
			return this.original.length;
		}

		private static char alike(char c) {
			return switch (c) {
				case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`' -> '\'';
				case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> '"';
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
				default -> c;
			};
		}

	}

}
