package org.claimtracker.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters exactly as a request gave them, all text, so that every bad value
 * can be answered with a message naming its parameter instead of a binding error.
 */
public record SearchParameters(@Nullable String q, @Nullable String speaker, @Nullable String party,
		@Nullable String topic, @Nullable String outlet, @Nullable String kind, @Nullable String stance,
		@Nullable String rating, @Nullable String claim, @Nullable String from, @Nullable String to,
		@Nullable String sort, @Nullable String page, @Nullable String size, @Nullable String altered) {

	/** Page numbers past this are refused: nobody reads that deep, and offsets cost. */
	public static final int MAX_PAGE = 1000;

	public static final int DEFAULT_SIZE = 10;

	/** The most hits one page or API call returns; exports stream every hit instead. */
	public static final int MAX_SIZE = 100;

	/**
	 * The parameters of a request by name; a parameter given twice counts with its first
	 * value.
	 */
	public static SearchParameters of(Map<String, String> values) {
		return new SearchParameters(values.get("q"), values.get("speaker"), values.get("party"), values.get("topic"),
				values.get("outlet"), values.get("kind"), values.get("stance"), values.get("rating"),
				values.get("claim"), values.get("from"), values.get("to"), values.get("sort"), values.get("page"),
				values.get("size"), values.get("altered"));
	}

	/**
	 * Checks and converts every parameter; names and ids are matched later against the
	 * data.
	 */
	public SearchQuery toQuery() {
		String text = (this.q != null) ? this.q : "";
		LocalDate fromDate = date("from", this.from);
		LocalDate toDate = date("to", this.to);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			throw new BadSearchException("from", "The start date (from) is after the end date (to)");
		}
		return new SearchQuery(text, SearchTerms.parse(text), blankToNull(this.speaker), blankToNull(this.party),
				blankToNull(this.topic), blankToNull(this.outlet), constant("kind", QuoteKind.class, this.kind),
				constant("stance", Stance.class, this.stance), blankToNull(this.rating), id("claim", this.claim),
				fromDate, toDate, sortOrder(), number("page", this.page, 1, MAX_PAGE, 1),
				number("size", this.size, 1, MAX_SIZE, DEFAULT_SIZE), yesOrNo("altered", this.altered));
	}

	private SearchSort sortOrder() {
		SearchSort value = constant("sort", SearchSort.class, this.sort);
		return (value != null) ? value : SearchSort.RELEVANCE;
	}

	/**
	 * The value without control characters (PostgreSQL refuses NUL in text), or null when
	 * nothing is left.
	 */
	private static @Nullable String blankToNull(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String text = value.replaceAll("\\p{Cc}", "").strip();
		return text.isEmpty() ? null : text;
	}

	private static @Nullable LocalDate date(String name, @Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return (text.matches("\\d{4}")) ? yearBound(name, Integer.parseInt(text)) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadSearchException(name, "'" + name + "' must be a date like 2020-12-30 (or a year like 2020)");
		}
	}

	private static LocalDate yearBound(String name, int year) {
		return name.equals("from") ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
	}

	private static <E extends Enum<E>> @Nullable E constant(String name, Class<E> type, @Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			StringBuilder allowed = new StringBuilder();
			for (E constant : type.getEnumConstants()) {
				allowed.append((allowed.length() > 0) ? ", " : "").append(constant.name().toLowerCase(Locale.ROOT));
			}
			throw new BadSearchException(name, "'" + name + "' must be one of: " + allowed);
		}
	}

	private static @Nullable Long id(String name, @Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			long id = Long.parseLong(text);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadSearchException(name, "'" + name + "' must be the number of a claim");
	}

	private static @Nullable Boolean yesOrNo(String name, @Nullable String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new BadSearchException(name, "'" + name + "' must be true or false");
		};
	}

	private static int number(String name, @Nullable String value, int min, int max, int fallback) {
		String text = blankToNull(value);
		if (text == null) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new BadSearchException(name, "'" + name + "' must be a whole number from " + min + " to " + max);
	}

}
