package org.claimtracker.utterance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a quote's text into words the way versions of one utterance are compared:
 * quotation marks, case, punctuation and apostrophes do not count, an ellipsis is a gap
 * between words, and words in square brackets are the outlet's, not the speaker's.
 */
public final class QuoteWords {

	private QuoteWords() {
	}

	/** Every word, bracketed ones included, with the ellipses noted. */
	public static List<Word> of(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(". . .", "…").replace("...", "…");
		List<Word> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		int bracketDepth = 0;
		boolean ellipsis = false;
		for (int at = 0; at <= s.length(); at++) {
			char c = (at < s.length()) ? s.charAt(at) : ' ';
			boolean apostrophe = (c == '\'' || c == '’') && word.length() > 0 && at + 1 < s.length()
					&& Character.isLetterOrDigit(s.charAt(at + 1));
			if (Character.isLetterOrDigit(c) || apostrophe) {
				word.append(c);
				continue;
			}
			if (word.length() > 0) {
				String printed = word.toString();
				words.add(new Word(printed, norm(printed), bracketDepth > 0, ellipsis));
				word.setLength(0);
				ellipsis = false;
			}
			if (c == '[') {
				bracketDepth++;
			}
			else if (c == ']' && bracketDepth > 0) {
				bracketDepth--;
			}
			else if (c == '…') {
				ellipsis = true;
			}
		}
		return words;
	}

	/** The speaker's words only, as compared: what matching looks at. */
	public static List<String> spoken(String text) {
		return of(text).stream().filter((w) -> !w.bracketed()).map(Word::norm).toList();
	}

	/** Whether the text leaves words out with an ellipsis inside it. */
	static boolean elided(List<Word> words) {
		return words.stream().skip(1).anyMatch(Word::afterEllipsis);
	}

	static boolean bracketed(List<Word> words) {
		return words.stream().anyMatch(Word::bracketed);
	}

	private static String norm(String word) {
		return word.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
	}

}
