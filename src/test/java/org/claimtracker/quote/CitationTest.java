package org.claimtracker.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationTest {

	private static final LocalDate DAY = LocalDate.of(2020, 12, 30);

	private static final LocalDate RETRIEVED = LocalDate.of(2026, 5, 14);

	private static final String SITE = "https://claims.example.org";

	@Test
	void speakerQuotedInBylineTitleOutletDateAndAddress() {
		assertThat(cite(QuoteKind.DIRECT, "Jon Ossoff", "John Binder", "Police Must Not Help", "Breitbart News"))
			.startsWith("Jon Ossoff, quoted in John Binder, “Police Must Not Help,” Breitbart News, 30 December 2020, "
					+ "https://x/1.");
		assertThat(cite(QuoteKind.DIRECT, "Jon Ossoff", " ", "Police Must Not Help", "AP"))
			.startsWith("Jon Ossoff, quoted in “Police Must Not Help,” AP, 30 December 2020, https://x/1.");
	}

	@Test
	void theCitationLeadsToTheQuotesPermalinkAndSaysWhenItWasRetrieved() {
		assertThat(cite(QuoteKind.DIRECT, "Jon Ossoff", "John Binder", "Police Must Not Help", "Breitbart News"))
			.isEqualTo("Jon Ossoff, quoted in John Binder, “Police Must Not Help,” Breitbart News, 30 December 2020, "
					+ "https://x/1. ClaimTracker, https://claims.example.org/quotes/4, retrieved 14 May 2026.");
	}

	@Test
	void aParaphraseIsCitedAsTheOutletsAccountAndAPartialQuoteAsQuotedInPart() {
		assertThat(cite(QuoteKind.PARAPHRASE, "Jon Ossoff", "John Binder", "Police Must Not Help", "Breitbart News"))
			.startsWith("Jon Ossoff, paraphrased (not quoted) in John Binder, “Police Must Not Help,” Breitbart News, "
					+ "30 December 2020, https://x/1.")
			.doesNotContain("quoted in");
		assertThat(cite(QuoteKind.PARTIAL, "Jon Ossoff", null, "Police Must Not Help", "AP"))
			.startsWith("Jon Ossoff, quoted in part in “Police Must Not Help,” AP, 30 December 2020, https://x/1.");
	}

	@Test
	void quotationMarksInTheTitleBecomeSingleInsideTheCitationsDoubleOnes() {
		assertThat(cite(QuoteKind.DIRECT, "Raphael Warnock", null, "Warnock says “we will win” in runoff", "AP"))
			.startsWith("Raphael Warnock, quoted in “Warnock says ‘we will win’ in runoff,” AP, 30 December 2020, ");
		assertThat(cite(QuoteKind.DIRECT, "Raphael Warnock", null, "Warnock: \"We will win\"", "AP"))
			.startsWith("Raphael Warnock, quoted in “Warnock: ‘We will win,’” AP, 30 December 2020, ");
		assertThat(cite(QuoteKind.DIRECT, "Kelly Loeffler", null, "Loeffler’s “rigged” claim", "AP"))
			.startsWith("Kelly Loeffler, quoted in “Loeffler’s ‘rigged’ claim,” AP, 30 December 2020, ");
	}

	@Test
	void aTitleEndingInAQuestionOrExclamationMarkTakesNoComma() {
		assertThat(cite(QuoteKind.DIRECT, "David Perdue", null, "Is Perdue ahead?", "AP"))
			.startsWith("David Perdue, quoted in “Is Perdue ahead?” AP, 30 December 2020, ");
		assertThat(cite(QuoteKind.DIRECT, "David Perdue", null, "Vote!", "AP"))
			.startsWith("David Perdue, quoted in “Vote!” AP, 30 December 2020, ");
	}

	private static String cite(QuoteKind kind, String speaker, @Nullable String byline, String title, String outlet) {
		return new Citation(4, kind, speaker, byline, title, outlet, DAY, "https://x/1").text(SITE, RETRIEVED);
	}

}
