package org.claimtracker.quote;

import java.util.List;

import org.claimtracker.quote.OwnWords.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of a quote's words are the speaker's own: all of a direct quote's, none of a
 * paraphrase's, and those in quotation marks in a partial quote.
 */
class OwnWordsTest {

	@Test
	void aPartialQuotesWordsInQuotationMarksAreTheSpeakersOwn() {
		assertThat(OwnWords.of(QuoteKind.PARTIAL,
				"Ossoff said he would back a “path to legal status” for all illegal aliens “who otherwise follow the law.”"))
			.containsExactly(new Part("Ossoff said he would back a ", false), new Part("“path to legal status”", true),
					new Part(" for all illegal aliens ", false), new Part("“who otherwise follow the law.”", true));
		assertThat(OwnWords.of(QuoteKind.PARTIAL, "She called it \"a disgrace\" and \"a sham\" on Monday"))
			.containsExactly(new Part("She called it ", false), new Part("\"a disgrace\"", true),
					new Part(" and ", false), new Part("\"a sham\"", true), new Part(" on Monday", false));
	}

	@Test
	void apostrophesAndSingleMarksInsideDoubleOnesMarkNothing() {
		assertThat(OwnWords.of(QuoteKind.PARTIAL, "He said it’s “not ‘amnesty’ at all” today")).containsExactly(
				new Part("He said it’s ", false), new Part("“not ‘amnesty’ at all”", true), new Part(" today", false));
	}

	@Test
	void wordsCutShortStillShowWhoseTheyAre() {
		// shortened after a quotation opened: the speaker's words run to the end
		assertThat(OwnWords.of(QuoteKind.PARTIAL, "He would back a “path to legal..."))
			.containsExactly(new Part("He would back a ", false), new Part("“path to legal...", true));
		// a run of text that starts inside a quotation: the speaker's words run from the
		// start
		assertThat(OwnWords.of(QuoteKind.PARTIAL, "legal status” for all"))
			.containsExactly(new Part("legal status”", true), new Part(" for all", false));
	}

	@Test
	void aDirectQuoteIsAllTheSpeakersWordsAndAParaphraseNoneOfThem() {
		assertThat(OwnWords.of(QuoteKind.DIRECT, "We will “win” this"))
			.containsExactly(new Part("We will “win” this", true));
		assertThat(OwnWords.of(QuoteKind.PARAPHRASE, "Ossoff said he “opposed” it"))
			.containsExactly(new Part("Ossoff said he “opposed” it", false));
		assertThat(OwnWords.of(QuoteKind.PARTIAL, "No marks at all"))
			.isEqualTo(List.of(new Part("No marks at all", false)));
	}

}
