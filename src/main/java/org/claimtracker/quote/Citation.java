package org.claimtracker.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A quote's citation in the newsroom's usual form: speaker, quoted in byline, “title,”
 * outlet, date, URL.
 */
public final class Citation {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private Citation() {
	}

	public static String of(String speaker, @Nullable String byline, String title, String outlet, LocalDate published,
			String url) {
		String by = (byline != null && !byline.isBlank()) ? byline + ", " : "";
		return speaker + ", quoted in " + by + quotedTitle(title) + outlet + ", " + DATE.format(published) + ", " + url;
	}

	/**
	 * The title in double quotation marks, its own quotation marks made single so that
	 * both can be told apart, and a comma before the closing marks unless the title ends
	 * in a question or exclamation mark.
	 */
	private static String quotedTitle(String title) {
		StringBuilder quoted = new StringBuilder(title.length() + 4).append('“');
		boolean endsInQuote = false;
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			boolean opens = c == '“' || (c == '"' && (i == 0 || opensAfter(title.charAt(i - 1))));
			boolean closes = c == '”' || (c == '"' && !opens);
			quoted.append(opens ? '‘' : closes ? '’' : c);
			endsInQuote = closes;
		}
		int end = endsInQuote ? quoted.length() - 1 : quoted.length();
		char last = quoted.charAt(end - 1);
		if (last != '?' && last != '!') {
			quoted.insert(end, ',');
		}
		return quoted.append("” ").toString();
	}

	private static boolean opensAfter(char previous) {
		return Character.isWhitespace(previous) || "([{‘—–-/".indexOf(previous) >= 0;
	}

}
