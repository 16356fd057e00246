package org.claimtracker.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a claim by its words takes {@code like}'s own characters as they are. */
class LikePatternTest {

	@Test
	void wildcardsAndTheEscapeAreEscaped() {
		assertThat(ClaimPicker.likePattern(" 100%_! ")).isEqualTo("%100!%!_!!%");
	}

	@Test
	void wordsAreFoundAnywhereWhateverTheirCase() {
		assertThat(ClaimPicker.likePattern("Amnesty For")).isEqualTo("%amnesty for%");
	}

}
