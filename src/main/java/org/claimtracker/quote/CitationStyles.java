package org.claimtracker.quote;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A quote's citation in the three styles readers paste most: APA (7th edition), MLA (9th)
 * and Chicago (17th, notes and bibliography, as a bibliography entry). Each cites the
 * article that reported the words, says whose words they are and how the article gives
 * them, and leads to the quote's ClaimTracker permalink with the date it was accessed. A
 * paraphrase is cited as the outlet's account, never as the speaker's words.
 */
public final class CitationStyles {

	private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);

	private static final String[] MLA_MONTHS = { "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.",
			"Oct.", "Nov.", "Dec." };

	private CitationStyles() {
	}

	/**
	 * APA: Family, G. (Year, Month Day). Title [Quoting Speaker]. Outlet. Address.
	 * ClaimTracker. Retrieved Month Day, Year, from permalink
	 */
	public static String apa(Citation citation, String site, LocalDate accessed) {
		String title = withStop(citation.title() + " [" + described(citation) + "]");
		String date = "(" + APA_DATE.format(citation.published()) + ").";
		String lead = citation.authors().isEmpty() ? title + " " + date
				: withStop(names(citation.authors(), CitedName::initialed, CitedName::initialed, ", & ")) + " " + date
						+ " " + title;
		return lead + " " + withStop(citation.outlet()) + " " + citation.articleUrl() + ". ClaimTracker. Retrieved "
				+ MONTH_DAY_YEAR.format(accessed) + ", from " + citation.permalink(site);
	}

	/**
	 * MLA: Family, Given. “Title.” Outlet, Day Mon. Year, address. Quoting Speaker.
	 * ClaimTracker, permalink. Accessed Day Mon. Year.
	 */
	public static String mla(Citation citation, String site, LocalDate accessed) {
		List<CitedName> authors = citation.authors();
		String by = authors.isEmpty() ? "" : withStop((authors.size() > 2) ? authors.get(0).inverted() + ", et al"
				: names(authors, CitedName::inverted, CitedName::natural, ", and ")) + " ";
		return by + Citation.quotedTitle(citation.title(), '.') + " " + citation.outlet() + ", "
				+ mlaDate(citation.published()) + ", " + citation.articleUrl() + ". " + withStop(described(citation))
				+ " ClaimTracker, " + citation.permalink(site) + ". Accessed " + mlaDate(accessed) + ".";
	}

	/**
	 * Chicago bibliography: Family, Given. “Title.” Outlet, Month Day, Year. Address.
	 * Quoting Speaker. ClaimTracker, permalink. Accessed Month Day, Year. Without a
	 * byline, the outlet stands first.
	 */
	public static String chicago(Citation citation, String site, LocalDate accessed) {
		List<CitedName> authors = citation.authors();
		String published = MONTH_DAY_YEAR.format(citation.published());
		String lead = authors.isEmpty()
				? withStop(citation.outlet()) + " " + Citation.quotedTitle(citation.title(), '.') + " " + published
				: withStop(names(authors, CitedName::inverted, CitedName::natural, ", and ")) + " "
						+ Citation.quotedTitle(citation.title(), '.') + " " + citation.outlet() + ", " + published;
		return lead + ". " + citation.articleUrl() + ". " + withStop(described(citation)) + " ClaimTracker, "
				+ citation.permalink(site) + ". Accessed " + MONTH_DAY_YEAR.format(accessed) + ".";
	}

	/**
	 * Whose words, and how the article gives them: so that a paraphrase cannot be taken
	 * for the speaker's words, nor a partial quote's sentence for theirs.
	 */
	static String described(Citation citation) {
		return switch (citation.kind()) {
			case DIRECT -> "Quoting " + citation.speaker();
			case PARTIAL -> "Quoting " + citation.speaker() + " in part";
			case PARAPHRASE -> "Paraphrasing " + citation.speaker() + " (not a quotation)";
		};
	}

	/**
	 * The names, the first as {@code first} writes it and the others as {@code rest}
	 * does, the last after {@code beforeLast} (its comma kept, as all three styles do,
	 * even between two).
	 */
	private static String names(List<CitedName> names, Function<CitedName, String> first,
			Function<CitedName, String> rest, String beforeLast) {
		StringBuilder written = new StringBuilder(first.apply(names.get(0)));
		for (int i = 1; i < names.size(); i++) {
			written.append((i == names.size() - 1) ? beforeLast : ", ").append(rest.apply(names.get(i)));
		}
		return written.toString();
	}

	private static String mlaDate(LocalDate date) {
		return date.getDayOfMonth() + " " + MLA_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
	}

	/** The text ending in a full stop, unless it ends in one already, or in ? or !. */
	private static String withStop(String text) {
		return (text.endsWith(".") || text.endsWith("?") || text.endsWith("!")) ? text : text + ".";
	}

}
