package org.claimtracker.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: its hits, how many there are in all ({@code exact}, or estimated
 * when there are many), whether the facets that narrow it count a sample, and notes on
 * how the query was read.
 */
public record SearchResult(SearchQuery query, List<QuoteHit> hits, long total, boolean exact, boolean sampled,
		Map<String, List<Facet>> facets, List<String> notes, List<String> speakers) {

	public static final List<String> FACETS = List.of("speaker", "party", "outlet", "topic", "rating", "year");

	public static SearchResult blank(SearchQuery query) {
		return new SearchResult(query, List.of(), 0, true, false, Map.of(), List.of(), List.of());
	}

	public List<Facet> facet(String name) {
		return this.facets.getOrDefault(name, List.of());
	}

	/**
	 * The last page one can open: relevance ranks only a sample of very large result
	 * sets.
	 */
	public int lastPage() {
		return lastPage(this.query, this.total, this.sampled);
	}

	static int lastPage(SearchQuery query, long total, boolean sampled) {
		long reachable = (sampled && query.effectiveSort() == SearchSort.RELEVANCE)
				? Math.min(total, QuoteSearch.SAMPLE) : total;
		long pages = (reachable + query.size() - 1) / query.size();
		return (int) Math.max(1, Math.min(pages, SearchParameters.MAX_PAGE));
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

	public boolean hasNext() {
		return this.query.page() < lastPage();
	}

	/** The rank of the first hit on this page, counting from 1. */
	public long firstNumber() {
		return this.query.offset() + 1;
	}

}
