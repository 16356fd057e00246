package org.claimtracker.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A quote's citation as CSL-JSON, the data that reference managers (Zotero, Mendeley,
 * pandoc) read: one {@code article-newspaper} item for the article, with whose words they
 * are and how the article gives them in its note, and the quote's ClaimTracker permalink
 * as the item's archive location, with the date it was accessed.
 */
public final class CslJsonCitation {

	private CslJsonCitation() {
	}

	/** A JSON array of the one item, keyed {@code claimtracker-quote-<id>}. */
	public static String of(Citation citation, String site, LocalDate accessed) {
		StringBuilder item = new StringBuilder("[\n  {\n");
		item.append("    \"id\": ").append(string("claimtracker-quote-" + citation.quoteId())).append(",\n");
		item.append("    \"type\": \"article-newspaper\",\n");
		item.append("    \"title\": ").append(string(citation.title())).append(",\n");
		item.append("    \"container-title\": ").append(string(citation.outlet())).append(",\n");
		List<CitedName> authors = citation.authors();
		if (!authors.isEmpty()) {
			item.append("    \"author\": [")
				.append(authors.stream().map(CslJsonCitation::name).collect(Collectors.joining(", ")))
				.append("],\n");
		}
		item.append("    \"issued\": ").append(date(citation.published())).append(",\n");
		item.append("    \"accessed\": ").append(date(accessed)).append(",\n");
		item.append("    \"URL\": ").append(string(citation.articleUrl())).append(",\n");
		item.append("    \"archive\": \"ClaimTracker\",\n");
		item.append("    \"archive_location\": ").append(string(citation.permalink(site))).append(",\n");
		item.append("    \"note\": ")
			.append(string(CitationStyles.described(citation) + ". ClaimTracker, " + citation.permalink(site)
					+ ", accessed " + accessed + "."))
			.append('\n');
		return item.append("  }\n]\n").toString();
	}

	private static String name(CitedName name) {
		return name.literal() ? "{\"literal\": " + string(name.family()) + "}"
				: "{\"family\": " + string(name.family()) + ", \"given\": " + string(name.given()) + "}";
	}

	private static String date(LocalDate date) {
		return "{\"date-parts\": [[" + date.getYear() + ", " + date.getMonthValue() + ", " + date.getDayOfMonth()
				+ "]]}";
	}

	/**
	 * The text as a JSON string: quotation marks, backslashes and control characters
	 * escaped, and {@code <}, {@code >} and {@code &} too, so that the file stays inert
	 * even if something shows it as HTML.
	 */
	static String string(String text) {
		StringBuilder json = new StringBuilder(text.length() + 2).append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

}
