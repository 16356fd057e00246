package org.claimtracker.quote;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {

	private static final LocalDate DAY = LocalDate.of(2020, 12, 30);

	@Test
	void speakerQuotedInBylineTitleOutletDateAndAddress() {
		assertThat(
				Citation.of("Jon Ossoff", "John Binder", "Police Must Not Help", "Breitbart News", DAY, "https://x/1"))
			.isEqualTo("Jon Ossoff, quoted in John Binder, “Police Must Not Help,” Breitbart News, 30 December 2020, "
					+ "https://x/1");
		assertThat(Citation.of("Jon Ossoff", " ", "Police Must Not Help", "AP", DAY, "https://x/1"))
			.isEqualTo("Jon Ossoff, quoted in “Police Must Not Help,” AP, 30 December 2020, https://x/1");
	}

	@Test
	void quotationMarksInTheTitleBecomeSingleInsideTheCitationsDoubleOnes() {
		assertThat(Citation.of("Raphael Warnock", null, "Warnock says “we will win” in runoff", "AP", DAY, "u"))
			.isEqualTo("Raphael Warnock, quoted in “Warnock says ‘we will win’ in runoff,” AP, 30 December 2020, u");
		assertThat(Citation.of("Raphael Warnock", null, "Warnock: \"We will win\"", "AP", DAY, "u"))
			.isEqualTo("Raphael Warnock, quoted in “Warnock: ‘We will win,’” AP, 30 December 2020, u");
		assertThat(Citation.of("Kelly Loeffler", null, "Loeffler’s “rigged” claim", "AP", DAY, "u"))
			.isEqualTo("Kelly Loeffler, quoted in “Loeffler’s ‘rigged’ claim,” AP, 30 December 2020, u");
	}

	@Test
	void aTitleEndingInAQuestionOrExclamationMarkTakesNoComma() {
		assertThat(Citation.of("David Perdue", null, "Is Perdue ahead?", "AP", DAY, "u"))
			.isEqualTo("David Perdue, quoted in “Is Perdue ahead?” AP, 30 December 2020, u");
		assertThat(Citation.of("David Perdue", null, "Vote!", "AP", DAY, "u"))
			.isEqualTo("David Perdue, quoted in “Vote!” AP, 30 December 2020, u");
	}

}
