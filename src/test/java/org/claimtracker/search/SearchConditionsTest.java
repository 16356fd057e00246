package org.claimtracker.search;

import java.util.List;
import java.util.Map;

import org.claimtracker.common.Publication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a search with words and filters checks its words: through the word index or row by
 * row.
 */
class SearchConditionsTest {

	private static final String ROW_BY_ROW = ") is true";

	@Test
	void wordsAreCheckedOnTheFiltersRowsWhenTheyAreFarFewer() {
		SearchConditions conditions = conditions();
		conditions.sizes(5_000, 200_000);
		assertThat(conditions.where().sql()).contains(ROW_BY_ROW);
		conditions.sizes(5_000, 8_000);
		assertThat(conditions.where().sql()).doesNotContain(ROW_BY_ROW);
	}

	@Test
	void aWindowOfRecentDatesCountsOnlyItsShareOfTheFiltersRows() {
		SearchConditions conditions = conditions();
		conditions.sizes(60_000, 250_000);
		assertThat(conditions.where().sql()).doesNotContain(ROW_BY_ROW);
		assertThat(conditions.where(0.2).sql()).contains(ROW_BY_ROW);
		assertThat(conditions.where(1).sql()).doesNotContain(ROW_BY_ROW);
	}

	@Test
	void withoutEstimatesTheWordIndexIsUsed() {
		SearchConditions conditions = conditions();
		assertThat(conditions.where(0.01).sql()).doesNotContain(ROW_BY_ROW).contains("q.search_vector @@");
	}

	private static SearchConditions conditions() {
		SearchQuery query = SearchParameters.of(Map.of("q", "health", "party", "Democratic")).toQuery();
		SearchConditions.Resolved resolved = new SearchConditions.Resolved(null, null, null, List.of(1L, 2L), List.of(),
				"'health'", "'health'");
		return new SearchConditions(query, resolved, List.of(Publication.PUBLISHED));
	}

}
