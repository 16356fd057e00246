package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One author named in an article's byline, as citation styles write it: a person's given
 * and family names, or a name taken as it stands (an agency such as “Associated Press”,
 * or a single word).
 *
 * @param given the given names, empty for a name taken as it stands
 * @param family the family name, with its particles (“van”, “de”), or the whole name
 */
record CitedName(String given, String family) {

	/** "By", at the start of a byline, is not part of a name. */
	private static final Pattern BY = Pattern.compile("^by\\s+", Pattern.CASE_INSENSITIVE);

	private static final Pattern BETWEEN = Pattern.compile("\\s*,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*,\\s*");

	private static final Pattern AGENCY = Pattern
		.compile("(?i).*\\b(press|news|staff|reuters|agency|agence|editorial|board|desk|service|associated)\\b.*");

	/** The names a byline gives, in order; none for a missing or blank byline. */
	static List<CitedName> of(@Nullable String byline) {
		if (byline == null || byline.isBlank()) {
			return List.of();
		}
		List<CitedName> names = new ArrayList<>();
		for (String part : BETWEEN.split(BY.matcher(byline.strip()).replaceFirst(""))) {
			if (!part.isBlank()) {
				names.add(one(part.strip()));
			}
		}
		return names;
	}

	private static CitedName one(String name) {
		String[] words = name.split("\\s+");
		if (words.length == 1 || AGENCY.matcher(name).matches()) {
			return new CitedName("", name);
		}
		// lower-case particles before the last word belong to the family name
		int family = words.length - 1;
		while (family > 1 && isParticle(words[family - 1])) {
			family--;
		}
		return new CitedName(String.join(" ", List.of(words).subList(0, family)),
				String.join(" ", List.of(words).subList(family, words.length)));
	}

	private static boolean isParticle(String word) {
		return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
	}

	/** Whether the name is taken as it stands, with no given names. */
	boolean literal() {
		return this.given.isEmpty();
	}

	/** “Family, Given”, or the name as it stands. */
	String inverted() {
		return literal() ? this.family : this.family + ", " + this.given;
	}

	/** “Given Family”, or the name as it stands. */
	String natural() {
		return literal() ? this.family : this.given + " " + this.family;
	}

	/** “Family, G. N.” as APA writes it: initials of the given names, hyphens kept. */
	String initialed() {
		if (literal()) {
			return this.family;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : this.given.split("\\s+")) {
			if (initials.length() > 0) {
				initials.append(' ');
			}
			String[] parts = word.split("-");
			for (int i = 0; i < parts.length; i++) {
				if (parts[i].isEmpty()) {
					continue;
				}
				if (i > 0) {
					initials.append('-');
				}
				int first = parts[i].codePointAt(0);
				initials.append(new String(Character.toChars(first)).toUpperCase(Locale.ROOT)).append('.');
			}
		}
		return this.family + ", " + initials;
	}

}
