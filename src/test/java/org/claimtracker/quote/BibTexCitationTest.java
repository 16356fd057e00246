package org.claimtracker.quote;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.quote.CitationStylesTest.cite;

class BibTexCitationTest {

	private static final LocalDate ACCESSED = LocalDate.of(2026, 5, 4);

	@Test
	void anArticleEntryWithAuthorOutletDatesAddressAndPermalink() {
		assertThat(BibTexCitation.of(cite(QuoteKind.DIRECT, "John Binder", "Police Must Not Help"),
				"https://claims.example.org", ACCESSED))
			.isEqualTo(
					"""
							@article{claimtracker-quote-4,
							  author = {Binder, John},
							  title = {{Police Must Not Help}},
							  journal = {Breitbart News},
							  date = {2020-12-30},
							  year = {2020},
							  month = dec,
							  url = {https://x/1},
							  urldate = {2026-05-04},
							  note = {Quoting Jon Ossoff. ClaimTracker, https://claims.example.org/quotes/4, accessed 2026-05-04},
							}
							""");
	}

	@Test
	void latexSpecialsInTitlesAndNamesAreEscaped() {
		String entry = BibTexCitation.of(
				cite(QuoteKind.PARAPHRASE, "Ann & Bo Co", "50% of {voters} say \"#1\" ~ $5 \\ a_b^c"),
				"https://claims.example.org", ACCESSED);
		assertThat(entry).contains(
				"title = {{50\\% of \\{voters\\} say \"\\#1\" \\textasciitilde{} \\$5 \\textbackslash{} a\\_b\\textasciicircum{}c}},")
			.contains("author = {{Ann} and Co, Bo}")
			.contains("note = {Paraphrasing Jon Ossoff (not a quotation). ClaimTracker,")
			.doesNotContain("Quoting");
		// every brace that is not escaped is balanced
		assertThat(entry.replace("\\{", "").replace("\\}", "").chars().filter((c) -> c == '{').count())
			.isEqualTo(entry.replace("\\{", "").replace("\\}", "").chars().filter((c) -> c == '}').count());
	}

	@Test
	void aMissingBylineLeavesOutTheAuthorAndNonAsciiNamesStayAsTheyAre() {
		assertThat(BibTexCitation.of(cite(QuoteKind.PARTIAL, null, "Runoff"), "https://c.org", ACCESSED))
			.doesNotContain("author")
			.contains("note = {Quoting Jon Ossoff in part.");
		assertThat(BibTexCitation.of(cite(QuoteKind.DIRECT, "José Núñez", "Runoff"), "https://c.org", ACCESSED))
			.contains("author = {Núñez, José},");
		assertThat(BibTexCitation.of(cite(QuoteKind.DIRECT, "Associated Press", "Runoff"), "https://c.org", ACCESSED))
			.contains("author = {{Associated Press}},");
	}

	@Test
	void anAddressCannotUnbalanceTheUrlField() {
		assertThat(BibTexCitation.url("https://x/a}b{c d\\e%20")).isEqualTo("https://x/a%7Db%7Bc%20d%5Ce%20");
	}

}
