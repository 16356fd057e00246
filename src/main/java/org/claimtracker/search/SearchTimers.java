package org.claimtracker.search;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * How long searches take, in the metric {@value #METRIC}, by class of search: a few
 * classes whose costs differ, never the words themselves, so that the metric keeps a
 * handful of series however many searches there are.
 */
final class SearchTimers {

	static final String METRIC = "claimtracker.search";

	private final Timer words;

	private final Timer phrase;

	private final Timer filtersOnly;

	private final Timer export;

	SearchTimers(MeterRegistry meters) {
		this.words = timer(meters, "words");
		this.phrase = timer(meters, "phrase");
		this.filtersOnly = timer(meters, "filters-only");
		this.export = timer(meters, "export");
	}

	private static Timer timer(MeterRegistry meters, String searchClass) {
		return Timer.builder(METRIC)
			.description("Quote searches, from the query to the page of hits (or the whole export)")
			.tag("class", searchClass)
			.register(meters);
	}

	/**
	 * Times a search page: {@code phrase} when the words hold a quoted phrase,
	 * {@code words} when they hold words, {@code filters-only} when only filters narrow
	 * it.
	 */
	<T> T page(SearchQuery query, Supplier<T> search) {
		SearchTerms terms = query.terms();
		Timer timer = terms.hasPhrase() ? this.phrase : terms.isEmpty() ? this.filtersOnly : this.words;
		return timer.record(search);
	}

	/** Times a whole export, however it is written out. */
	void export(Runnable export) {
		this.export.record(export);
	}

}
