package org.claimtracker.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A quote's citation as a BibTeX entry (BibLaTeX's fields, which classic BibTeX ignores
 * when it does not know them): the article as an {@code @article} in its outlet, with
 * whose words they are, how the article gives them, and the quote's ClaimTracker
 * permalink with the date it was accessed. Every text is escaped, so that a title's
 * {@code &}, {@code %} or brace cannot break the file or run as LaTeX.
 */
public final class BibTexCitation {

	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	private BibTexCitation() {
	}

	/** The entry, keyed {@code claimtracker-quote-<id>}, ending in a new line. */
	public static String of(Citation citation, String site, LocalDate accessed) {
		StringBuilder entry = new StringBuilder("@article{claimtracker-quote-").append(citation.quoteId())
			.append(",\n");
		List<CitedName> authors = citation.authors();
		if (!authors.isEmpty()) {
			field(entry, "author", authors.stream().map(BibTexCitation::name).collect(Collectors.joining(" and ")));
		}
		// doubled braces keep the title's capitals as they are
		field(entry, "title", "{" + escape(citation.title()) + "}");
		field(entry, "journal", escape(citation.outlet()));
		field(entry, "date", citation.published().toString());
		field(entry, "year", String.valueOf(citation.published().getYear()));
		entry.append("  month = ").append(MONTHS[citation.published().getMonthValue() - 1]).append(",\n");
		field(entry, "url", url(citation.articleUrl()));
		field(entry, "urldate", accessed.toString());
		field(entry, "note", escape(CitationStyles.described(citation) + ". ClaimTracker, " + citation.permalink(site)
				+ ", accessed " + accessed));
		return entry.append("}\n").toString();
	}

	private static void field(StringBuilder entry, String name, String value) {
		entry.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	/** “Family, Given”, or a name taken as it stands in braces, so it is not split. */
	private static String name(CitedName name) {
		return name.literal() ? "{" + escape(name.family()) + "}" : escape(name.family()) + ", " + escape(name.given());
	}

	/**
	 * The text with LaTeX's special characters written as themselves; a line break
	 * becomes a space, as a field is one line.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '{', '}', '$', '&', '#', '_', '%' -> escaped.append('\\').append((char) c);
				case '^' -> escaped.append("\\textasciicircum{}");
				case '~' -> escaped.append("\\textasciitilde{}");
				case '\n', '\r', '\t' -> escaped.append(' ');
				default -> escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}

	/**
	 * An address as the verbatim {@code url} field takes it: the characters that could
	 * unbalance its braces, or end it, percent-encoded.
	 */
	static String url(String address) {
		StringBuilder encoded = new StringBuilder(address.length());
		address.codePoints().forEach((c) -> {
			if (c == '{' || c == '}' || c == '\\' || c <= ' ') {
				encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
			}
			else {
				encoded.appendCodePoint(c);
			}
		});
		return encoded.toString();
	}

}
