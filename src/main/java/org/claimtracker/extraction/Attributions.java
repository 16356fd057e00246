package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds attributions in a sentence's tokens: "Ossoff said", "said Nadia Petrov, the
 * board's chair".
 */
final class Attributions {

	/** How far after a quotation its attribution may end. */
	private static final int REACH = 16;

	/**
	 * Words between a speaker and the cue: "the mayor will say", "Ortiz later said".
	 */
	private static final Set<String> BEFORE_CUE = Set.of("will", "would", "has", "had", "have", "did", "does", "also",
			"later", "then", "again", "once", "often", "repeatedly", "previously", "recently", "simply", "just",
			"quickly", "flatly", "bluntly", "sharply", "angrily", "firmly", "publicly", "privately", "first", "still");

	private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "be", "is", "are");

	private Attributions() {
	}

	/**
	 * The attribution that follows a quotation in {@code [from, to)}: "Ossoff said",
	 * "said X, a Democrat".
	 */
	static @Nullable Attribution after(List<Token> tokens, int from, int to) {
		int start = from;
		while (start < to && !tokens.get(start).isWord()) {
			if (tokens.get(start).isQuote() || tokens.get(start).is(".")) {
				return null;
			}
			start++;
		}
		int limit = Math.min(to, start + REACH);
		for (int t = start; t < limit; t++) {
			Token token = tokens.get(t);
			if (token.isQuote() || token.is(".") || token.is(";")) {
				return null;
			}
			if (isCue(tokens, t, Words.CUES)) {
				Mention subject = (t == start) ? following(tokens, t + 1, to) : subject(tokens, start, t);
				return subject == null ? null : new Attribution(subject, token.lower());
			}
		}
		return null;
	}

	/**
	 * An attribution after a quotation whose verb is not a known cue ("…," Trump
	 * interjected; "…," agrees Ann Lee), that has no verb ("…," Democrat Jon Ossoff.) or
	 * that is a source ("…," according to the state's office.).
	 */
	static @Nullable Attribution loose(List<Token> tokens, int from, int to) {
		int start = from;
		while (start < to && tokens.get(start).isBreak() && !tokens.get(start).is(":")) {
			start++;
		}
		if (start >= to || !tokens.get(start).isWord()) {
			return null;
		}
		Token first = tokens.get(start);
		if (first.lower().equals("according") && start + 2 < to && tokens.get(start + 1).lower().equals("to")) {
			Mention source = following(tokens, start + 2, to);
			return source == null ? null : new Attribution(source, "according to");
		}
		if (!first.capitalized() && verb(first)) {
			Mention speaker = following(tokens, start + 1, to);
			return (speaker != null && speaker.type() == Mention.Type.NAME) ? new Attribution(speaker, first.lower())
					: null;
		}
		Mention speaker = following(tokens, start, to);
		if (speaker == null || speaker.type() == Mention.Type.SOURCE) {
			return null;
		}
		int next = start;
		while (next < to && tokens.get(next).end() <= speaker.end()) {
			next++;
		}
		if (next >= to || tokens.get(next).is(".")) {
			return speaker.type() == Mention.Type.NAME ? new Attribution(speaker, "") : null;
		}
		return verb(tokens.get(next)) ? new Attribution(speaker, tokens.get(next).lower()) : null;
	}

	/** A word that can be a verb of speaking not in the lists: "interjected", "riffs". */
	static boolean verb(Token token) {
		String word = token.lower();
		if (!token.isWord() || token.capitalized() || Words.PREPOSITIONS.contains(word)
				|| Words.DETERMINERS.contains(word) || Words.CLAUSE_BREAKS.contains(word) || NOT_VERBS.contains(word)) {
			return false;
		}
		return word.endsWith("ed") || word.endsWith("s") || IRREGULAR.contains(word);
	}

	private static final Set<String> NOT_VERBS = Set.of("who", "which", "that", "whose", "his", "hers", "its", "is",
			"was", "has", "as", "us", "this", "thus", "less", "always", "perhaps", "news", "yes");

	private static final Set<String> IRREGULAR = Set.of("shot", "went", "spoke", "put", "began", "read", "broke",
			"sang", "chimed", "piped", "wrote", "told", "said", "says", "cried", "chided", "swore", "bit", "hit",
			"struck", "threw", "fought", "led", "took", "gave", "quipped");

	/**
	 * The attribution by a cue that ends just before {@code end} ("Ossoff said," or
	 * "Price put it plainly:").
	 */
	static @Nullable Attribution before(List<Token> tokens, int from, int end) {
		for (int t = end - 1; t >= from; t--) {
			if (isCue(tokens, t, Words.CUES)) {
				Mention subject = subject(tokens, from, t);
				if (subject == null) {
					subject = following(tokens, t + 1, end);
				}
				return subject == null ? null : new Attribution(subject, tokens.get(t).lower());
			}
		}
		return null;
	}

	/**
	 * The last cue of the given verbs in {@code [from, to)} that has a subject before it:
	 * the nearest to what follows ("Ames argued …, while Ruiz said that his “…”").
	 */
	static @Nullable Attribution lastCue(List<Token> tokens, int from, int to, Set<String> cues) {
		for (int t = to - 1; t >= from; t--) {
			if (isCue(tokens, t, cues)) {
				Mention subject = subject(tokens, from, t);
				if (subject != null) {
					return new Attribution(subject, tokens.get(t).lower());
				}
			}
		}
		return null;
	}

	/**
	 * The first cue of the given verbs in {@code [from, to)} that has a subject before
	 * it.
	 */
	static @Nullable Attribution firstCue(List<Token> tokens, int from, int to, Set<String> cues) {
		for (int t = from; t < to; t++) {
			if (isCue(tokens, t, cues)) {
				Mention subject = subject(tokens, from, t);
				if (subject != null) {
					return new Attribution(subject, tokens.get(t).lower());
				}
			}
		}
		return null;
	}

	/**
	 * The speaker before a cue: reading back from it over at most three comma-separated
	 * phrases, the first name, so that appositives ("Stone, a Democrat, said") and
	 * openers ("In Macon, Shaw said") are passed over; a pronoun or source right before
	 * the cue stands.
	 */
	static @Nullable Mention subject(List<Token> tokens, int from, int cue) {
		int end = cue;
		while (end - 1 > from && BEFORE_CUE.contains(tokens.get(end - 1).lower())) {
			end--;
		}
		Mention fallback = null;
		for (int phrase = 0; phrase < 3 && end > from; phrase++) {
			int start = end;
			while (start > from && !tokens.get(start - 1).isBreak()
					&& !(phrase == 0 && clauseBreak(tokens.get(start - 1))) && !tokens.get(start - 1).isQuote()
					&& end - start < 14) {
				start--;
			}
			if (start < end) {
				Mention mention = Phrases.parse(tokens, start, end);
				if (mention != null && mention.type() == Mention.Type.NAME) {
					return mention;
				}
				if (mention != null && fallback == null && phrase == 0) {
					fallback = mention;
				}
				if (mention == null && phrase == 0 && end - start >= 14) {
					return null;
				}
			}
			if (start == from || (phrase == 0 && clauseBreak(tokens.get(start - 1)))
					|| tokens.get(start - 1).isQuote()) {
				break;
			}
			end = start - 1;
		}
		return fallback;
	}

	/** The speaker right after a cue ("said Nadia Petrov, the board's chair"). */
	static @Nullable Mention following(List<Token> tokens, int from, int to) {
		int end = from;
		while (end < to && !tokens.get(end).isBreak() && !tokens.get(end).is(".") && !tokens.get(end).isQuote()
				&& end - from < 10) {
			end++;
		}
		for (int stop = end; stop > from; stop--) {
			Mention mention = Phrases.parse(tokens, from, stop);
			if (mention != null) {
				return mention;
			}
		}
		return null;
	}

	static boolean isCue(List<Token> tokens, int t, Set<String> cues) {
		Token token = tokens.get(t);
		if (!token.isWord() || !cues.contains(token.lower())) {
			return false;
		}
		if (token.capitalized() && (t == 0 ? token.lower().startsWith("ask") : tokens.get(t - 1).capitalized())) {
			return false;
		}
		if (t > 0 && PASSIVE.contains(tokens.get(t - 1).lower())) {
			return false;
		}
		return !(token.lower().equals("added") || token.lower().equals("noted")) || t + 1 >= tokens.size()
				|| !tokens.get(t + 1).isWord() || Words.PRONOUNS.contains(tokens.get(t + 1).lower())
				|| tokens.get(t + 1).lower().equals("that");
	}

	/**
	 * Where a subject read back from its cue begins: "… an explosion that [Mayor Ames]
	 * described".
	 */
	private static boolean clauseBreak(Token token) {
		return token.isQuote() || token.is(".") || Words.CLAUSE_BREAKS.contains(token.lower())
				|| token.lower().equals("that") || token.lower().equals("which") || token.lower().equals("what");
	}

}
