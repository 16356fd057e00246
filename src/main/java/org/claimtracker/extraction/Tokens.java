package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stretch of text into words and punctuation, each quotation standing as a
 * single token.
 */
final class Tokens {

	private Tokens() {
	}

	/**
	 * The tokens of {@code body[from, to)}; the quotations from index {@code firstQuote}
	 * on that open inside the range stand as single tokens.
	 */
	static List<Token> of(String body, int from, int to, List<Quoted> quotes, int firstQuote) {
		List<Token> tokens = new ArrayList<>();
		int at = from;
		for (int q = firstQuote; q < quotes.size() && quotes.get(q).open() < to; q++) {
			Quoted quoted = quotes.get(q);
			if (quoted.open() >= at) {
				words(body, at, quoted.open(), tokens);
				int end = Math.min(quoted.closeEnd(), to);
				tokens.add(new Token(quoted.open(), end, "“”", q));
				at = end;
			}
		}
		words(body, at, to, tokens);
		return tokens;
	}

	private static void words(String body, int from, int to, List<Token> tokens) {
		int at = from;
		while (at < to) {
			char c = body.charAt(at);
			if (Words.space(c)) {
				at++;
			}
			else if (Character.isLetterOrDigit(c) || c == '$') {
				int end = at + 1;
				while (end < to && inWord(body, end, to)) {
					end++;
				}
				int word = end;
				while (word > at + 1 && trailing(body.charAt(word - 1)) && !keepsDot(body, at, word)) {
					word--;
				}
				tokens.add(new Token(at, word, body.substring(at, word), -1));
				for (int p = word; p < end; p++) {
					tokens.add(new Token(p, p + 1, String.valueOf(body.charAt(p)), -1));
				}
				at = end;
			}
			else {
				tokens.add(new Token(at, at + 1, String.valueOf(c), -1));
				at++;
			}
		}
	}

	private static boolean inWord(String body, int at, int to) {
		char c = body.charAt(at);
		if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == '-' || c == '%') {
			return true;
		}
		return c == ',' && at + 1 < to && Character.isDigit(body.charAt(at + 1))
				&& Character.isDigit(body.charAt(at - 1));
	}

	private static boolean trailing(char c) {
		return c == '.' || c == '\'' || c == '’' || c == '-';
	}

	private static boolean keepsDot(String body, int start, int end) {
		return body.charAt(end - 1) == '.' && Words.keepsDot(body.substring(start, end));
	}

}
