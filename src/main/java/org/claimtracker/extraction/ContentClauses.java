package org.claimtracker.extraction;

import java.util.List;

/**
 * Finds the content clause of reported speech: where it starts after the cue and where it
 * ends.
 */
final class ContentClauses {

	private ContentClauses() {
	}

	/** Where the content clause after a cue starts, or -1 when the cue has none. */
	static int contentStart(List<Token> tokens, int cue) {
		int j = cue + 1;
		String verb = tokens.get(cue).lower();
		if ((verb.equals("told") || verb.equals("tells")) && j < tokens.size()) {
			if (Words.DETERMINERS.contains(tokens.get(j).lower())) {
				j++;
			}
			j++;
		}
		for (int skipped = 0; j < tokens.size() && skipped < 4
				&& Words.TIME_WORDS.contains(tokens.get(j).lower()); skipped++) {
			j++;
		}
		for (int k = j; k < Math.min(tokens.size() - 1, j + 4); k++) {
			if (!tokens.get(k).isWord()) {
				break;
			}
			if (tokens.get(k).lower().equals("that") && tokens.get(k + 1).isWord()) {
				return k + 1;
			}
		}
		if (j >= tokens.size() || !tokens.get(j).isWord()) {
			return -1;
		}
		Token first = tokens.get(j);
		if (Words.INFINITIVE.contains(verb) && first.lower().equals("to")) {
			return j;
		}
		boolean opens = Words.PRONOUNS.contains(first.lower()) || first.lower().equals("we")
				|| Words.DETERMINERS.contains(first.lower()) || first.capitalized();
		return (opens && finiteVerb(tokens, j + 1, j + 8)) ? j : -1;
	}

	private static boolean finiteVerb(List<Token> tokens, int from, int to) {
		for (int k = from; k < Math.min(to, tokens.size()); k++) {
			Token token = tokens.get(k);
			if (!token.isWord()) {
				return false;
			}
			String word = token.lower();
			if (Words.AUXILIARIES.contains(word) || (word.endsWith("ed") && word.length() >= 5)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The content clause runs to the sentence's end, a comma or dash, or a relative
	 * "that"/"which".
	 */
	static int contentEnd(List<Token> tokens, int content) {
		for (int k = content; k < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (token.isBreak() || token.is(".") || token.is("?") || token.is("!")) {
				return k;
			}
			String word = token.lower();
			if (k > content + 1 && (word.equals("that") || word.equals("which")) && tokens.get(k - 1).isWord()
					&& !Words.REPORTING.contains(tokens.get(k - 1).lower())) {
				return k;
			}
		}
		return tokens.size();
	}

	static int lastWordEnd(List<Token> tokens, int stop) {
		for (int k = stop - 1; k >= 0; k--) {
			Token token = tokens.get(k);
			if (token.isWord() || token.isQuote() || token.is(")")) {
				return token.end();
			}
		}
		return tokens.get(0).end();
	}

}
