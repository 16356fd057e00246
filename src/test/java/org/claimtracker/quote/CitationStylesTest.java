package org.claimtracker.quote;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationStylesTest {

	private static final LocalDate DAY = LocalDate.of(2020, 12, 30);

	private static final LocalDate ACCESSED = LocalDate.of(2026, 5, 4);

	private static final String SITE = "https://claims.example.org";

	private static final String TITLE = "Democrat Jon Ossoff: Police Must Not Help";

	@Test
	void apaGivesInitialsDateTitleWhoseWordsOutletAddressPermalinkAndAccessDate() {
		assertThat(CitationStyles.apa(cite(QuoteKind.DIRECT, "John Binder", TITLE), SITE, ACCESSED)).isEqualTo(
				"Binder, J. (2020, December 30). Democrat Jon Ossoff: Police Must Not Help [Quoting Jon Ossoff]. "
						+ "Breitbart News. https://x/1. ClaimTracker. Retrieved May 4, 2026, from "
						+ "https://claims.example.org/quotes/4");
	}

	@Test
	void mlaGivesFullNameQuotedTitleOutletDayMonthYearPermalinkAndAccessDate() {
		assertThat(CitationStyles.mla(cite(QuoteKind.DIRECT, "John Binder", TITLE), SITE, ACCESSED))
			.isEqualTo("Binder, John. “Democrat Jon Ossoff: Police Must Not Help.” Breitbart News, 30 Dec. 2020, "
					+ "https://x/1. Quoting Jon Ossoff. ClaimTracker, https://claims.example.org/quotes/4. "
					+ "Accessed 4 May 2026.");
	}

	@Test
	void chicagoGivesABibliographyEntryWithPermalinkAndAccessDate() {
		assertThat(CitationStyles.chicago(cite(QuoteKind.DIRECT, "John Binder", TITLE), SITE, ACCESSED))
			.isEqualTo("Binder, John. “Democrat Jon Ossoff: Police Must Not Help.” Breitbart News, December 30, 2020. "
					+ "https://x/1. Quoting Jon Ossoff. ClaimTracker, https://claims.example.org/quotes/4. "
					+ "Accessed May 4, 2026.");
	}

	@Test
	void aParaphraseIsCitedAsTheOutletsAccountInEveryStyle() {
		Citation paraphrase = cite(QuoteKind.PARAPHRASE, "John Binder", TITLE);
		for (String cited : new String[] { CitationStyles.apa(paraphrase, SITE, ACCESSED),
				CitationStyles.mla(paraphrase, SITE, ACCESSED), CitationStyles.chicago(paraphrase, SITE, ACCESSED) }) {
			assertThat(cited).contains("Paraphrasing Jon Ossoff (not a quotation)").doesNotContain("Quoting");
		}
		assertThat(CitationStyles.apa(paraphrase, SITE, ACCESSED))
			.contains("Police Must Not Help [Paraphrasing Jon Ossoff (not a quotation)]. Breitbart News.");
	}

	@Test
	void aPartialQuoteIsCitedAsQuotedInPart() {
		Citation partial = cite(QuoteKind.PARTIAL, "John Binder", TITLE);
		assertThat(CitationStyles.mla(partial, SITE, ACCESSED)).contains(" https://x/1. Quoting Jon Ossoff in part. ");
		assertThat(CitationStyles.chicago(partial, SITE, ACCESSED)).contains("Quoting Jon Ossoff in part.");
		assertThat(CitationStyles.apa(partial, SITE, ACCESSED)).contains("[Quoting Jon Ossoff in part].");
	}

	@Test
	void withoutABylineTheTitleOrTheOutletLeads() {
		Citation unsigned = cite(QuoteKind.DIRECT, "  ", "Runoff ends");
		assertThat(CitationStyles.apa(unsigned, SITE, ACCESSED))
			.startsWith("Runoff ends [Quoting Jon Ossoff]. (2020, December 30). Breitbart News. https://x/1.");
		assertThat(CitationStyles.mla(unsigned, SITE, ACCESSED))
			.startsWith("“Runoff ends.” Breitbart News, 30 Dec. 2020, https://x/1.");
		assertThat(CitationStyles.chicago(cite(QuoteKind.DIRECT, null, "Runoff ends"), SITE, ACCESSED))
			.startsWith("Breitbart News. “Runoff ends.” December 30, 2020. https://x/1.");
	}

	@Test
	void quotationMarksInTheTitleBecomeSingleAndAQuestionMarkTakesNoFullStop() {
		Citation quoted = cite(QuoteKind.DIRECT, "John Binder", "Warnock says \"we will win\"");
		assertThat(CitationStyles.mla(quoted, SITE, ACCESSED)).contains("“Warnock says ‘we will win.’” Breitbart");
		assertThat(CitationStyles.chicago(quoted, SITE, ACCESSED)).contains("“Warnock says ‘we will win.’” Breitbart");
		Citation question = cite(QuoteKind.DIRECT, "John Binder", "Is Perdue ahead?");
		assertThat(CitationStyles.mla(question, SITE, ACCESSED)).contains("“Is Perdue ahead?” Breitbart News, ");
		assertThat(CitationStyles.apa(question, SITE, ACCESSED)).contains("Is Perdue ahead? [Quoting Jon Ossoff].");
	}

	@Test
	void nonAsciiAndSeveralNamesAreWrittenAsEachStyleWritesThem() {
		Citation two = cite(QuoteKind.DIRECT, "By José María Núñez and Ægir Łukasz-Öberg", TITLE);
		assertThat(CitationStyles.apa(two, SITE, ACCESSED)).startsWith("Núñez, J. M., & Łukasz-Öberg, Æ. (2020,");
		assertThat(CitationStyles.mla(two, SITE, ACCESSED)).startsWith("Núñez, José María, and Ægir Łukasz-Öberg. “");
		assertThat(CitationStyles.chicago(two, SITE, ACCESSED))
			.startsWith("Núñez, José María, and Ægir Łukasz-Öberg. “");
		Citation three = cite(QuoteKind.DIRECT, "Jean-Luc Picard, Ludwig van Beethoven & Ann Lee", TITLE);
		assertThat(CitationStyles.apa(three, SITE, ACCESSED))
			.startsWith("Picard, J.-L., van Beethoven, L., & Lee, A. (2020,");
		assertThat(CitationStyles.mla(three, SITE, ACCESSED)).startsWith("Picard, Jean-Luc, et al. “");
		assertThat(CitationStyles.chicago(three, SITE, ACCESSED))
			.startsWith("Picard, Jean-Luc, Ludwig van Beethoven, and Ann Lee. “");
		assertThat(CitationStyles.chicago(cite(QuoteKind.DIRECT, "Associated Press", TITLE), SITE, ACCESSED))
			.startsWith("Associated Press. “");
	}

	static Citation cite(QuoteKind kind, @Nullable String byline, String title) {
		return new Citation(4, kind, "Jon Ossoff", byline, title, "Breitbart News", DAY, "https://x/1");
	}

}
