package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads who a phrase of tokens names: "Senate Minority Leader Chuck Schumer (D-NY)",
 * "he", "an aide".
 */
final class Phrases {

	private static final int LONGEST = 12;

	private static final Set<String> QUESTION_WORDS = Set.of("whether", "what", "how", "why", "who", "if", "when",
			"where", "which");

	/** Verbs that show a phrase to be a clause, not a source: "people were stranded". */
	private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
			"can", "could", "should", "must", "may", "might", "did", "does", "do");

	private Phrases() {
	}

	/** The speaker that tokens {@code [from, to)} name, or null when they name nobody. */
	static @Nullable Mention parse(List<Token> tokens, int from, int to) {
		List<Token> words = new ArrayList<>();
		int depth = 0;
		for (int t = from; t < to; t++) {
			Token token = tokens.get(t);
			if (token.isQuote()) {
				return null;
			}
			if (token.is("(")) {
				depth++;
			}
			else if (token.is(")")) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && token.isWord()) {
				words.add(token);
			}
		}
		if (words.isEmpty() || words.size() > LONGEST) {
			return null;
		}
		int start = tokens.get(from).start();
		int end = tokens.get(to - 1).end();
		String first = words.get(0).lower();
		if (words.size() == 1 && Words.PRONOUNS.contains(first)) {
			return new Mention(start, end, Mention.Type.PRONOUN, "", List.of(), pronounGender(first));
		}
		if ((first.equals("one") || first.equals("another")) && words.size() <= 3
				&& words.stream().noneMatch(Token::capitalized)) {
			return new Mention(start, end, Mention.Type.SOURCE, "", List.of(), Mention.Gender.UNKNOWN);
		}
		Mention name = Names.parse(words, start, end);
		if (name != null) {
			return name;
		}
		if (Organisations.named(words)
				|| (words.stream().allMatch(Token::capitalized) && Organisations.institution(words))) {
			return new Mention(start, end, Mention.Type.ORGANISATION, "", List.of(), Mention.Gender.UNKNOWN);
		}
		boolean source = source(words);
		if (source && !first.equals("the")) {
			return new Mention(start, end, Mention.Type.SOURCE, "", List.of(), Mention.Gender.UNKNOWN);
		}
		if (first.equals("the") && words.size() >= 2 && words.size() <= 3
				&& words.stream().skip(1).allMatch((w) -> isTitle(w))) {
			List<String> titles = words.stream().skip(1).map((w) -> bare(w.lower())).toList();
			return new Mention(start, end, Mention.Type.DESCRIPTION, "", titles, Mention.Gender.UNKNOWN);
		}
		if (source) {
			return new Mention(start, end, Mention.Type.SOURCE, "", List.of(), Mention.Gender.UNKNOWN);
		}
		return description(words, start, end, first);
	}

	/**
	 * An unnamed source: a source noun among the first words, before any preposition
	 * ("two people familiar with the talks", "senior administration officials").
	 */
	private static boolean source(List<Token> words) {
		if (QUESTION_WORDS.contains(words.get(0).lower())) {
			return false;
		}
		for (Token word : words) {
			if (VERBS.contains(word.lower())) {
				return false;
			}
		}
		for (int w = 0; w < Math.min(words.size(), 5); w++) {
			String word = words.get(w).lower();
			if (Words.SOURCE_NOUNS.contains(word)) {
				return true;
			}
			if (Words.PREPOSITIONS.contains(word) || Words.CUES.contains(word)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Someone described, not named: "the first-term senator" (a person the reader knows,
	 * left unnamed rather than guessed), "a passer-by" (an unnamed source).
	 */
	private static @Nullable Mention description(List<Token> words, int start, int end, String first) {
		boolean definite = first.equals("the") || first.equals("this");
		if (!(definite || first.equals("a") || first.equals("an")) || words.size() < 2 || words.size() > 7) {
			return null;
		}
		if (!Words.ROLES.contains(bare(words.get(words.size() - 1).lower()))) {
			return null;
		}
		for (int w = 1; w < words.size(); w++) {
			String word = words.get(w).lower();
			if (Words.PREPOSITIONS.contains(word) || (Words.CLAUSE_BREAKS.contains(word) && !word.equals("and"))
					|| Words.CUES.contains(word) || Words.PRONOUNS.contains(word)) {
				return null;
			}
		}
		return new Mention(start, end, definite ? Mention.Type.DESCRIPTION : Mention.Type.SOURCE, "", List.of(),
				Mention.Gender.UNKNOWN);
	}

	static boolean isTitle(Token word) {
		return Words.TITLES.contains(word.lower()) || Words.TITLES.contains(bare(word.lower()));
	}

	static String bare(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}

	private static Mention.Gender pronounGender(String pronoun) {
		return switch (pronoun) {
			case "he" -> Mention.Gender.MALE;
			case "she" -> Mention.Gender.FEMALE;
			default -> Mention.Gender.UNKNOWN;
		};
	}

	static Mention.Gender gender(String firstName, List<String> titles) {
		for (String title : titles) {
			if (title.equals("mrs") || title.equals("ms") || title.equals("miss") || title.endsWith("woman")) {
				return Mention.Gender.FEMALE;
			}
			if (title.equals("mr") || (title.endsWith("man") && !title.equals("chairman"))) {
				return Mention.Gender.MALE;
			}
		}
		if (Words.FEMALE.contains(firstName)) {
			return Mention.Gender.FEMALE;
		}
		return Words.MALE.contains(firstName) ? Mention.Gender.MALE : Mention.Gender.UNKNOWN;
	}

}
