package org.claimtracker.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page past the sample is read in date order: straight from the date index, or
 * sorted.
 */
class DatePageChoiceTest {

	@Test
	void denseHitsAreReadFromTheDateIndex() {
		// a word in a third of a million quotes: the 1 000th hit is about 3 000 rows in
		assertThat(QuoteSearch.readsDateIndex(1_000, 1_000_000, 330_000)).isTrue();
	}

	@Test
	void sparseHitsAreFetchedAndSorted() {
		// a word in 4 500 of a million quotes: the 400th hit is about 90 000 rows in, for
		// 4 500 hits
		assertThat(QuoteSearch.readsDateIndex(400, 1_000_000, 4_500)).isFalse();
	}

	@Test
	void theDeeperThePageTheSoonerHitsAreSorted() {
		assertThat(QuoteSearch.readsDateIndex(500, 1_000_000, 20_000)).isTrue();
		assertThat(QuoteSearch.readsDateIndex(5_000, 1_000_000, 20_000)).isFalse();
	}

	@Test
	void noHitsNeverDivideByZero() {
		assertThat(QuoteSearch.readsDateIndex(10, 1_000_000, 0)).isFalse();
	}

}
