package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a body into paragraphs (its non-blank lines) and sentences, in one pass. A
 * sentence ends at a full stop, question or exclamation mark followed by a capital, a
 * quotation mark or the end of the paragraph, but not after an abbreviation ("Sen.",
 * "U.S.") nor inside a quotation; a quotation that ends a sentence of its own ends the
 * writer's sentence too.
 */
final class Sentences {

	private Sentences() {
	}

	/** The paragraphs, as {start, end} pairs without surrounding spaces. */
	static List<int[]> paragraphs(String body) {
		List<int[]> paragraphs = new ArrayList<>();
		int at = 0;
		while (at < body.length()) {
			int end = body.indexOf('\n', at);
			end = (end < 0) ? body.length() : end;
			int start = at;
			int stop = end;
			while (start < stop && Words.space(body.charAt(start))) {
				start++;
			}
			while (stop > start && Words.space(body.charAt(stop - 1))) {
				stop--;
			}
			if (start < stop) {
				paragraphs.add(new int[] { start, stop });
			}
			at = end + 1;
		}
		return paragraphs;
	}

	static List<Sentence> split(String body, List<int[]> paragraphs, List<Quoted> quotes) {
		List<Sentence> sentences = new ArrayList<>();
		int q = 0;
		int at = 0;
		for (int p = 0; p < paragraphs.size(); p++) {
			int[] paragraph = paragraphs.get(p);
			if (paragraph[1] <= at) {
				continue;
			}
			at = Math.max(at, paragraph[0]);
			int start = -1;
			int firstQuote = q;
			int end = paragraph[1];
			while (at < end) {
				while (q < quotes.size() && quotes.get(q).open() < at) {
					q++;
				}
				char c = body.charAt(at);
				if (Words.space(c)) {
					at++;
					continue;
				}
				if (start < 0) {
					start = at;
					firstQuote = q;
				}
				if (q < quotes.size() && quotes.get(q).open() == at) {
					Quoted quoted = quotes.get(q);
					at = quoted.closeEnd();
					end = Math.max(end, paragraphEnd(paragraphs, p, at));
					if (endsWithStop(body, quoted) && startsSentence(body, at, end)) {
						sentences.add(new Sentence(start, at, p, firstQuote));
						start = -1;
					}
					continue;
				}
				if (c == '.' || c == '?' || c == '!' || c == '…') {
					int stop = at + 1;
					while (stop < end && ".?!…”’\"')]".indexOf(body.charAt(stop)) >= 0) {
						stop++;
					}
					if ((c != '.' || !abbreviation(body, paragraph[0], at)) && startsSentence(body, stop, end)) {
						sentences.add(new Sentence(start, stop, p, firstQuote));
						start = -1;
					}
					at = stop;
					continue;
				}
				at++;
			}
			if (start >= 0) {
				sentences.add(new Sentence(start, end, p, firstQuote));
			}
			at = Math.max(at, end);
		}
		return sentences;
	}

	/**
	 * Where the paragraph holding {@code at} ends (a quotation may carry a sentence into
	 * later paragraphs).
	 */
	private static int paragraphEnd(List<int[]> paragraphs, int from, int at) {
		int p = from;
		while (p + 1 < paragraphs.size() && paragraphs.get(p + 1)[0] < at) {
			p++;
		}
		return paragraphs.get(p)[1];
	}

	private static boolean endsWithStop(String body, Quoted quoted) {
		int at = quoted.contentEnd() - 1;
		while (at >= quoted.contentStart() && Words.space(body.charAt(at))) {
			at--;
		}
		return at >= quoted.contentStart() && ".?!…".indexOf(body.charAt(at)) >= 0;
	}

	private static boolean startsSentence(String body, int at, int end) {
		int next = at;
		while (next < end && Words.space(body.charAt(next))) {
			next++;
		}
		if (next >= end) {
			return true;
		}
		if (next == at) {
			return false;
		}
		char c = body.charAt(next);
		return Character.isUpperCase(c) || Character.isDigit(c) || "“\"'‘(".indexOf(c) >= 0;
	}

	private static boolean abbreviation(String body, int paragraphStart, int dot) {
		int start = dot;
		while (start > paragraphStart && dot - start < 12 && !Words.space(body.charAt(start - 1))) {
			start--;
		}
		return Words.keepsDot(body.substring(start, dot + 1));
	}

}
