package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads who a phrase of tokens names: "Senate Minority Leader Chuck Schumer (D-NY)",
 * "he", "an aide".
 */
final class Phrases {

	private static final int LONGEST = 12;

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
		Mention name = name(words, start, end);
		if (name != null) {
			return name;
		}
		boolean source = words.stream().anyMatch((w) -> Words.SOURCE_NOUNS.contains(w.lower()));
		if (source) {
			return new Mention(start, end, Mention.Type.SOURCE, "", List.of(), Mention.Gender.UNKNOWN);
		}
		if (first.equals("the") && words.size() <= 3 && words.stream().skip(1).allMatch((w) -> isTitle(w))) {
			List<String> titles = words.stream().skip(1).map((w) -> bare(w.lower())).toList();
			return new Mention(start, end, Mention.Type.DESCRIPTION, "", titles, Mention.Gender.UNKNOWN);
		}
		return null;
	}

	/**
	 * A name after any titles: every word a title, a capitalised word or a particle, the
	 * name capitalised.
	 */
	private static @Nullable Mention name(List<Token> words, int start, int end) {
		int lastTitle = -1;
		for (int w = 0; w < words.size(); w++) {
			if (isTitle(words.get(w)) && w < words.size() - 1) {
				lastTitle = w;
			}
		}
		List<Token> name = words.subList(lastTitle + 1, words.size());
		if (name.isEmpty() || name.size() > 5 || !name.get(0).capitalized()) {
			return null;
		}
		for (int w = 0; w <= lastTitle; w++) {
			if (!isTitle(words.get(w))) {
				return null;
			}
		}
		for (Token word : name) {
			boolean particle = Words.NAME_PARTICLES.contains(word.lower());
			if (!particle && (!word.capitalized() || shouting(word.text()))) {
				return null;
			}
		}
		if (name.get(name.size() - 1).possessive()) {
			return null;
		}
		String firstWord = name.get(0).lower();
		if (Words.DETERMINERS.contains(firstWord) || Words.CLAUSE_BREAKS.contains(firstWord)
				|| Words.PREPOSITIONS.contains(firstWord) || Words.PRONOUNS.contains(firstWord)
				|| (name.size() == 1 && (Words.SOURCE_NOUNS.contains(firstWord) || Words.TIME_WORDS.contains(firstWord)
						|| Words.CUES.contains(firstWord)))) {
			return null;
		}
		List<String> titles = words.subList(0, lastTitle + 1).stream().map((w) -> bare(w.lower())).toList();
		StringBuilder text = new StringBuilder();
		for (Token word : name) {
			text.append(text.isEmpty() ? "" : " ").append(word.text());
		}
		return new Mention(start, end, Mention.Type.NAME, text.toString(), titles, gender(name.get(0).lower(), titles));
	}

	static boolean isTitle(Token word) {
		return Words.TITLES.contains(word.lower()) || Words.TITLES.contains(bare(word.lower()));
	}

	private static String bare(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}

	private static boolean shouting(String word) {
		if (word.length() < 3) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			if (Character.isLowerCase(word.charAt(i))) {
				return false;
			}
		}
		return true;
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
