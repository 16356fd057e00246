package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who the article says a person is, where it first writes out their name: the role before
 * it ("Gwinnett County Sheriff Keybo Taylor" gives the title Gwinnett County Sheriff) and
 * the party, from a party word there ("Democrat Jon Ossoff") or a party tag after it
 * ("Rand Paul (R-Ky.)"). Either is null when the article does not say; an editor confirms
 * both before a new person is created with them.
 */
public record PersonRole(@Nullable String title, @Nullable String party) {

	/** Nothing known. */
	public static final PersonRole NONE = new PersonRole(null, null);

	private static final int MAX_WORDS = 8;

	private static final Pattern PARTY_TAG = Pattern.compile("^(?:,\\s*|\\s*\\(\\s*)([RDI])-[A-Z][A-Za-z.]*");

	/** Words that may open the phrase before a name without being part of the role. */
	private static final Set<String> OPENERS = Set.of("the", "a", "an", "but", "and", "or", "so", "then", "when",
			"while", "after", "before", "as", "if", "in", "on", "at", "yet", "of", "for", "by", "with", "said", "says",
			"told", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss");

	/** Small words a role may hold between its other words: "Secretary of State". */
	private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "&");

	/** The role and party the article gives the person of this name, if any. */
	public static PersonRole in(String body, String name) {
		String wanted = name.strip();
		if (wanted.isEmpty()) {
			return NONE;
		}
		String title = null;
		String party = null;
		int from = 0;
		int at;
		while ((title == null || party == null) && (at = body.indexOf(wanted, from)) >= 0) {
			from = at + wanted.length();
			if (!wordAt(body, at, from)) {
				continue;
			}
			List<String> before = wordsBefore(body, at);
			String foundParty = party(before);
			if (foundParty == null) {
				foundParty = partyTag(body.substring(from, Math.min(body.length(), from + 16)));
			}
			party = (party == null) ? foundParty : party;
			title = (title == null) ? title(before) : title;
		}
		return new PersonRole(title, party);
	}

	private static boolean wordAt(String body, int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(body.charAt(start - 1)))
				&& (end >= body.length() || !Character.isLetterOrDigit(body.charAt(end)));
	}

	/**
	 * The words right before the name, first to last, that could say who the person is:
	 * capitalised words, titles, roles and the small words between them, up to the start
	 * of the sentence, a punctuation mark or another word.
	 */
	private static List<String> wordsBefore(String body, int at) {
		List<String> words = new ArrayList<>();
		int end = at;
		while (words.size() < MAX_WORDS) {
			int i = end;
			while (i > 0 && (body.charAt(i - 1) == ' ' || body.charAt(i - 1) == '\u00a0')) {
				i--;
			}
			if (i == end || i == 0) {
				// no space before: the name starts the text or a line, or follows a mark
				break;
			}
			int start = i;
			while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
				start--;
			}
			String word = body.substring(start, i);
			if (word.isEmpty() || !fits(word)) {
				break;
			}
			words.add(0, word);
			end = start;
		}
		while (!words.isEmpty() && OPENERS.contains(lower(words.get(0)))) {
			words.remove(0);
		}
		return words;
	}

	/** Whether a word may be part of a role: no punctuation ends a clause in it. */
	private static boolean fits(String word) {
		char first = word.charAt(0);
		char last = word.charAt(word.length() - 1);
		if (",;:!?\"“”‘’()[]—–".indexOf(last) >= 0 || "\"“”‘’([—–".indexOf(first) >= 0) {
			return false;
		}
		String lower = lower(word);
		if (last == '.' && !Words.TITLES.contains(lower) && !(word.length() <= 4 && Character.isUpperCase(first))) {
			// a full stop after anything but a title or an abbreviation ends a sentence
			return false;
		}
		return Character.isUpperCase(first) || Character.isDigit(first) || Words.TITLES.contains(bare(lower))
				|| Words.ROLES.contains(bare(lower)) || JOINERS.contains(lower) || lower.equals("press")
				|| lower.equals("campaign") || lower.equals("county") || lower.equals("city");
	}

	/** The role in the words before the name, without party words and honorifics. */
	private static @Nullable String title(List<String> before) {
		List<String> words = new ArrayList<>();
		for (String word : before) {
			if (partyOf(word) == null && !OPENERS.contains(lower(word))) {
				words.add(word);
			}
		}
		while (!words.isEmpty() && JOINERS.contains(lower(words.get(0)))) {
			words.remove(0);
		}
		if (words.isEmpty()) {
			return null;
		}
		String last = bare(lower(words.get(words.size() - 1)));
		// the role ends in what the person is ("Sheriff", "press secretary"), not in a
		// place or a day that happens to come before the name
		if (!Words.TITLES.contains(last) && !Words.ROLES.contains(last)) {
			return null;
		}
		return String.join(" ", words);
	}

	private static @Nullable String party(List<String> before) {
		for (String word : before) {
			String party = partyOf(word);
			if (party != null) {
				return party;
			}
		}
		return null;
	}

	private static @Nullable String partyOf(String word) {
		return switch (lower(word)) {
			case "democrat", "democratic" -> "Democratic";
			case "republican", "gop" -> "Republican";
			case "libertarian" -> "Libertarian";
			default -> null;
		};
	}

	private static @Nullable String partyTag(String after) {
		Matcher tag = PARTY_TAG.matcher(after);
		if (!tag.find()) {
			return null;
		}
		return switch (tag.group(1)) {
			case "R" -> "Republican";
			case "D" -> "Democratic";
			default -> "Independent";
		};
	}

	private static String lower(String word) {
		return word.toLowerCase(Locale.ROOT);
	}

	private static String bare(String word) {
		return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
	}

}
