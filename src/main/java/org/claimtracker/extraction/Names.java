package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reads a person's name in a phrase, past what says who the person is: "Senate Minority
 * Leader Chuck Schumer", "White House deputy press secretary Eric Schultz", "former Gov.
 * Ada Price of Iowa".
 */
final class Names {

	private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday");

	private Names() {
	}

	/**
	 * A name after what says who the person is: titles ("Senate Minority Leader Chuck
	 * Schumer"), or a role ("White House deputy press secretary Eric Schultz", "former
	 * Gov. Ada Price of Iowa"); the name capitalised, an institution's name not taken for
	 * a person's.
	 */
	static @Nullable Mention parse(List<Token> all, int start, int end) {
		if (!all.get(all.size() - 1).capitalized()) {
			return null;
		}
		List<Token> words = withoutPlace(all);
		int lastTitle = -1;
		for (int w = 0; w < words.size(); w++) {
			Token word = words.get(w);
			boolean role = !word.capitalized() && Words.ROLES.contains(Phrases.bare(word.lower()));
			if ((Phrases.isTitle(word) || word.possessive() || role) && w < words.size() - 1) {
				lastTitle = w;
			}
		}
		List<Token> name = words.subList(lastTitle + 1, words.size());
		if (name.isEmpty() || name.size() > 5 || !name.get(0).capitalized()) {
			return null;
		}
		if (!describes(words, lastTitle)) {
			return null;
		}
		for (Token word : name) {
			boolean particle = Words.NAME_PARTICLES.contains(word.lower());
			if (!particle && (!word.capitalized() || Words.CUES.contains(word.lower()) || shouting(word.text())
					|| DAYS.contains(word.lower()))) {
				return null;
			}
		}
		if (name.get(name.size() - 1).possessive() || Organisations.institution(name) || Organisations.place(name)) {
			return null;
		}
		String firstWord = name.get(0).lower();
		if (Words.DETERMINERS.contains(firstWord) || Words.CLAUSE_BREAKS.contains(firstWord)
				|| Words.PREPOSITIONS.contains(firstWord) || Words.PRONOUNS.contains(firstWord)
				|| (name.size() == 1 && (Words.SOURCE_NOUNS.contains(firstWord) || Words.TIME_WORDS.contains(firstWord)
						|| Words.keepsDot(name.get(0).text()) || partyTag(name.get(0).text())
						|| Words.OPENERS.contains(firstWord)))) {
			return null;
		}
		List<String> titles = words.subList(0, lastTitle + 1)
			.stream()
			.filter(Phrases::isTitle)
			.map((w) -> Phrases.bare(w.lower()))
			.toList();
		StringBuilder text = new StringBuilder();
		for (Token word : name) {
			text.append(text.isEmpty() ? "" : " ").append(word.text());
		}
		return new Mention(start, end, Mention.Type.NAME, text.toString(), titles,
				Phrases.gender(name.get(0).lower(), titles));
	}

	/**
	 * Whether the words before a name say who the person is: titles only, or, after a
	 * role or a possessive, words that are neither function words nor verbs.
	 */
	private static boolean describes(List<Token> words, int lastTitle) {
		boolean titlesOnly = true;
		for (int w = 0; w <= lastTitle; w++) {
			titlesOnly &= Phrases.isTitle(words.get(w));
		}
		if (titlesOnly) {
			return true;
		}
		Token before = words.get(lastTitle);
		if (!(before.possessive() || Phrases.isTitle(before) || Words.ROLES.contains(Phrases.bare(before.lower())))
				|| lastTitle > 6) {
			return false;
		}
		for (int w = 0; w < lastTitle; w++) {
			String word = words.get(w).lower();
			boolean joiner = w > 0 && (word.equals("of") || word.equals("and") || word.equals("for"));
			if (!joiner && (Words.PREPOSITIONS.contains(word) || Words.CLAUSE_BREAKS.contains(word)
					|| Words.PRONOUNS.contains(word) || Words.CUES.contains(word)
					|| (w > 0 && Words.DETERMINERS.contains(word) && !word.equals("senior") && !word.equals("top")))) {
				return false;
			}
		}
		return true;
	}

	/** A word in capitals too long for an acronym: a dateline or a headline. */
	private static boolean shouting(String word) {
		return word.length() >= 6 && word.equals(Words.upper(word)) && Character.isLetter(word.charAt(0));
	}

	/** A party and state after a name: "R-Ky.", "D-N.Y.". */
	private static boolean partyTag(String word) {
		return word.length() > 2 && "RDI".indexOf(word.charAt(0)) >= 0 && word.charAt(1) == '-';
	}

	/** The words without a closing "of Florida" or "of the Rotary Club" after a name. */
	private static List<Token> withoutPlace(List<Token> words) {
		for (int w = words.size() - 2; w >= 2; w--) {
			if (words.get(w).lower().equals("of")) {
				List<Token> place = words.subList(w + 1, words.size());
				boolean named = place.stream()
					.allMatch((p) -> p.capitalized() || p == place.get(0) && p.lower().equals("the"))
						&& words.get(w - 1).capitalized() && !Phrases.isTitle(words.get(w - 1));
				return named ? words.subList(0, w) : words;
			}
		}
		return words;
	}

}
