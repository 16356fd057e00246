package org.claimtracker.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimFilterTest {

	@Test
	void theFirstPageOfTheWholeListHasNoParameters() {
		assertThat(ClaimFilter.NONE.pageHref("/claims", 1)).isEqualTo("/claims");
		assertThat(ClaimFilter.NONE.pageHref("/claims", 3)).isEqualTo("/claims?page=3");
	}

	@Test
	void onlyTheFiltersSetAreWrittenAndTextIsEncoded() {
		assertThat(new ClaimFilter("law & order", null, 7L).pageHref("/claims", 2))
			.isEqualTo("/claims?topic=law+%26+order&subject=7&page=2");
		assertThat(new ClaimFilter(null, ClaimKind.POSITION, null).pageHref("/claims", 1))
			.isEqualTo("/claims?kind=POSITION");
	}

}
