package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

/**
 * Tells quoted words that are a name, a title or a term ("so-called “sanctuary cities”")
 * from speech.
 */
final class ScareQuotes {

	private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "in", "a", "an", "for", "to", "on", "at");

	private ScareQuotes() {
	}

	/**
	 * A title, a name or a term in marks: title case, or after "so-called", "known as",
	 * "the book".
	 */
	static boolean scare(String body, List<Quoted> quotes, List<Token> tokens, int t) {
		for (int k = t - 1; k >= Math.max(0, t - 4); k--) {
			Token token = tokens.get(k);
			if (token.isQuote()) {
				break;
			}
			String word = token.lower();
			if (word.equals("called") || word.equals("calls")) {
				if (k == t - 1 && k > 0 && !Words.PRONOUNS.contains(tokens.get(k - 1).lower())
						&& !tokens.get(k - 1).capitalized()) {
					return true;
				}
			}
			else if (Words.SCARE_MARKERS.contains(word)) {
				return true;
			}
		}
		return titleCase(body, quotes.get(tokens.get(t).quote()));
	}

	/** A title or a name in marks: a few words, all capitalised but the small ones. */
	static boolean titleCase(String body, Quoted quoted) {
		List<Token> words = Tokens.of(body, quoted.contentStart(), quoted.contentEnd(), List.of(), 0);
		int count = 0;
		for (Token word : words) {
			if (!word.isWord()) {
				continue;
			}
			count++;
			if (!word.capitalized() && !SMALL_WORDS.contains(word.lower())) {
				return false;
			}
		}
		return count > 0 && count <= 8;
	}

}
