package org.claimtracker.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * A checked search: parsed words and typed filters, and the addresses of its variations.
 * {@code rating} is a name on the newsroom's rating scale, or "Not rated", as given.
 */
public record SearchQuery(String q, SearchTerms terms, @Nullable String speaker, @Nullable String party,
		@Nullable String topic, @Nullable String outlet, @Nullable QuoteKind kind, @Nullable Stance stance,
		@Nullable String rating, @Nullable Long claim, @Nullable LocalDate from, @Nullable LocalDate to,
		SearchSort sort, int page, int size, @Nullable Boolean altered) {

	public boolean hasFilters() {
		return this.speaker != null || this.party != null || this.topic != null || this.outlet != null
				|| this.kind != null || this.stance != null || this.rating != null || this.claim != null
				|| this.from != null || this.to != null || this.altered != null;
	}

	/** Whether anything was asked at all; an empty search page shows only the form. */
	public boolean isBlank() {
		return this.q.isBlank() && !hasFilters();
	}

	/** Relevance needs words; without them the newest hits come first. */
	public SearchSort effectiveSort() {
		return (this.sort == SearchSort.RELEVANCE && !this.terms.hasRequiredTerm()) ? SearchSort.NEWEST : this.sort;
	}

	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	/**
	 * The parameters of this search, as an address would carry them; defaults left out.
	 */
	public Map<String, String> parameters() {
		Map<String, String> p = new LinkedHashMap<>();
		put(p, "q", this.q.isBlank() ? null : this.q);
		put(p, "speaker", this.speaker);
		put(p, "party", this.party);
		put(p, "topic", this.topic);
		put(p, "outlet", this.outlet);
		put(p, "kind", lower(this.kind));
		put(p, "stance", lower(this.stance));
		put(p, "rating", this.rating);
		put(p, "claim", (this.claim != null) ? this.claim.toString() : null);
		put(p, "from", (this.from != null) ? this.from.toString() : null);
		put(p, "to", (this.to != null) ? this.to.toString() : null);
		put(p, "altered", (this.altered != null) ? this.altered.toString() : null);
		put(p, "sort", (this.sort != SearchSort.RELEVANCE) ? lower(this.sort) : null);
		put(p, "size", (this.size != SearchParameters.DEFAULT_SIZE) ? Integer.toString(this.size) : null);
		put(p, "page", (this.page != 1) ? Integer.toString(this.page) : null);
		return p;
	}

	/**
	 * The address of this search with one parameter set (or removed when null), back on
	 * page 1.
	 */
	public String href(String path, String name, @Nullable String value) {
		Map<String, String> p = parameters();
		p.remove("page");
		if (value == null) {
			p.remove(name);
		}
		else {
			p.put(name, value);
		}
		return address(path, p);
	}

	/**
	 * The address of this search narrowed to one facet's value (a year narrows the dates
	 * said).
	 */
	public String facetHref(String path, String name, String value) {
		return "year".equals(name) ? yearHref(path, Integer.parseInt(value)) : href(path, name, value);
	}

	public String pageHref(String path, int number) {
		Map<String, String> p = parameters();
		if (number > 1) {
			p.put("page", Integer.toString(number));
		}
		else {
			p.remove("page");
		}
		return address(path, p);
	}

	/** The same search, every hit, at another address (an export): no page, no size. */
	public String exportHref(String path) {
		Map<String, String> p = parameters();
		p.remove("page");
		p.remove("size");
		return address(path, p);
	}

	private String yearHref(String path, int year) {
		Map<String, String> p = parameters();
		p.remove("page");
		p.put("from", year + "-01-01");
		p.put("to", year + "-12-31");
		return address(path, p);
	}

	private static String address(String path, Map<String, String> parameters) {
		StringBuilder address = new StringBuilder(path);
		parameters.forEach((name, value) -> address.append((address.length() == path.length()) ? '?' : '&')
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return address.toString();
	}

	private static void put(Map<String, String> p, String name, @Nullable String value) {
		if (value != null) {
			p.put(name, value);
		}
	}

	private static @Nullable String lower(@Nullable Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT) : null;
	}

}
