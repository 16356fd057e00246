package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Finds who a sentence is about: the subject of its main clause, past openers such as
 * "But" or "In a statement on Monday,". A sentence that quotes words without a cue of its
 * own ("Ortiz called for more “patience”", "He ended with “…”") quotes its subject.
 */
final class Subjects {

	/** How far into a sentence an opening phrase may run before its comma. */
	private static final int OPENING = 20;

	private static final Set<String> OPENING_PHRASES = Set.of("during", "despite", "following", "asked", "speaking",
			"addressing", "appearing", "writing", "responding", "according", "unlike", "amid", "as", "while", "without",
			"throughout", "across", "ahead", "since", "last", "this", "next", "earlier", "later");

	private Subjects() {
	}

	/**
	 * The subject of the main clause in {@code [from, to)}: a mention followed by a verb
	 * or an appositive, or null when the clause opens otherwise. A name of one word
	 * counts only when {@code known} knows it, since a sentence's first word is
	 * capitalised anyway ("Ballots are …").
	 */
	static @Nullable Mention of(List<Token> tokens, int from, int to, Predicate<String> known) {
		int k = from;
		k = afterDateline(tokens, k, to);
		while (k < to && (tokens.get(k).is(",") || Words.OPENERS.contains(tokens.get(k).lower())
				|| (k + 1 < to && tokens.get(k + 1).is(",") && tokens.get(k).lower().endsWith("ly")))) {
			k++;
		}
		if (k < to && opensPhrase(tokens.get(k))) {
			int comma = k;
			while (comma < to && comma - k < OPENING && !tokens.get(comma).is(",") && !tokens.get(comma).isQuote()) {
				comma++;
			}
			if (comma >= to || !tokens.get(comma).is(",")) {
				return null;
			}
			k = comma + 1;
		}
		if (k >= to) {
			return null;
		}
		int end = k;
		while (end < to && end - k < 10 && !tokens.get(end).isBreak() && !tokens.get(end).is(".")
				&& !tokens.get(end).isQuote()) {
			end++;
		}
		// the longest phrase from k that a verb or an appositive follows
		for (int stop = Math.min(end, to - 1); stop > k; stop--) {
			Token after = tokens.get(stop);
			if (!(after.isWord() && !after.capitalized()) && !after.is(",")) {
				continue;
			}
			Mention mention = Phrases.parse(tokens, k, stop);
			if (mention != null) {
				boolean lone = mention.type() == Mention.Type.NAME && !mention.name().contains(" ")
						&& mention.titles().isEmpty();
				return (lone && !known.test(mention.name())) ? null : mention;
			}
		}
		return null;
	}

	/** Past a dateline in capitals ("DENVER —", "SALEM, Ore. —"). */
	private static int afterDateline(List<Token> tokens, int from, int to) {
		int k = from;
		while (k < to && tokens.get(k).isWord() && tokens.get(k).text().length() > 1
				&& tokens.get(k).text().equals(Words.upper(tokens.get(k).text()))) {
			k++;
		}
		return (k > from && k < to && (tokens.get(k).isBreak() || tokens.get(k).is("("))) ? k : from;
	}

	private static boolean opensPhrase(Token token) {
		String word = token.lower();
		return Words.PREPOSITIONS.contains(word) || Words.CLAUSE_BREAKS.contains(word) || OPENING_PHRASES.contains(word)
				|| Words.TIME_WORDS.contains(word) || Character.isDigit(token.text().charAt(0));
	}

}
