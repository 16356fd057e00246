package org.claimtracker.extraction;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class QuoteExtractorTest {

	@Test
	void directQuoteInCurlyMarksWithTitledSpeaker() {
		String body = "“We need to pass comprehensive immigration reform, once and for all,” Senate Minority Leader Chuck Schumer (D-NY) said.";
		Proposal p = only(body);
		assertThat(p.kind()).isEqualTo(Kind.DIRECT);
		assertThat(p.exact()).isEqualTo("We need to pass comprehensive immigration reform, once and for all");
		assertThat(p.start()).isEqualTo(1);
		assertThat(p.speaker().name()).isEqualTo("Chuck Schumer");
		assertThat(p.speaker().asWritten()).isEqualTo("Senate Minority Leader Chuck Schumer (D-NY)");
		assertThat(p.cue()).isEqualTo("said");
	}

	@Test
	void straightMarksAndApostrophePairsAreMarks() {
		assertThat(only("\"Taxes are too high,\" said Gov. Ellen Park.").exact()).isEqualTo("Taxes are too high");
		assertThat(only("''Taxes are too high,'' Park said.").exact()).isEqualTo("Taxes are too high");
		assertThat(only("''Taxes are too high,'' Park said.").speaker().name()).isEqualTo("Park");
	}

	@Test
	void singleMarksInsideDoubleMarksStayInTheQuote() {
		Proposal p = only("“He said ‘trust me’ and we did,” Vance said.");
		assertThat(p.exact()).isEqualTo("He said ‘trust me’ and we did");
	}

	@Test
	void quoteOverSeveralParagraphs() {
		String body = "Lucia Moreno described the night.\n\n“We counted until dawn.\n\n“Nothing went wrong,” Moreno said.";
		Proposal p = only(body);
		assertThat(p.exact()).isEqualTo("We counted until dawn.\n\n“Nothing went wrong");
		assertThat(p.speaker().name()).isEqualTo("Lucia Moreno");
	}

	@Test
	void unclosedQuoteNotContinuedIsDropped() {
		assertThat(QuoteExtractor.extract("“We counted until dawn, Moreno said.\n\nThe count ended.")).isEmpty();
	}

	@Test
	void blockQuoteAfterColonAndFirstPersonContinuation() {
		String body = "Kline said:\n\nWe have to secure the border first.\n\n“It matters,” Ortiz said.\n\nI know some drivers are angry.";
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).hasSize(3);
		assertThat(proposals.get(0).block()).isTrue();
		assertThat(proposals.get(0).exact()).isEqualTo("We have to secure the border first.");
		assertThat(proposals.get(0).speaker().name()).isEqualTo("Kline");
		assertThat(proposals.get(2).block()).isTrue();
		assertThat(proposals.get(2).speaker().name()).isEqualTo("Ortiz");
		assertThat(proposals.get(2).confidence()).isLessThan(proposals.get(0).confidence());
	}

	@Test
	void writersParagraphAfterAQuoteIsNotABlockQuote() {
		String body = "“It matters,” Ortiz said.\n\nThe council meets on Tuesday to vote on the lanes.";
		assertThat(QuoteExtractor.extract(body)).hasSize(1);
	}

	@Test
	void partialQuoteSpansTheSentenceAndScareQuotesAreNotSpeech() {
		String body = "Specifically, Ossoff said he would back a “path to legal status” for all. "
				+ "Critics mocked so-called “sanctuary cities” and her book, “Standing Firm.”";
		Proposal p = only(body);
		assertThat(p.kind()).isEqualTo(Kind.PARTIAL);
		assertThat(p.exact()).isEqualTo("Ossoff said he would back a “path to legal status” for all.");
		assertThat(p.speaker().name()).isEqualTo("Ossoff");
	}

	@Test
	void reportedSpeechWithContentClause() {
		Proposal p = only("At the stop, Ossoff promised to support amnesty for millions, should he be elected.");
		assertThat(p.kind()).isEqualTo(Kind.PARAPHRASE);
		assertThat(p.exact()).isEqualTo("Ossoff promised to support amnesty for millions");
		assertThat(p.cue()).isEqualTo("promised");
		assertThat(QuoteExtractor.extract("Cho said it twice, standing at the dais.")).isEmpty();
	}

	@Test
	void surnameResolvesToFullNameOrKnownPerson() {
		String body = "Former Gov. Samuel Okafor spoke.\n\n“Teresa is ready,” Okafor said. “Georgia is ready,” Warnock said.";
		List<Proposal> proposals = QuoteExtractor.extract(body, List.of(new KnownPerson(7, "Raphael Warnock")));
		assertThat(proposals.get(0).speaker().name()).isEqualTo("Samuel Okafor");
		assertThat(proposals.get(0).speaker().personId()).isNull();
		assertThat(proposals.get(1).speaker().name()).isEqualTo("Raphael Warnock");
		assertThat(proposals.get(1).speaker().personId()).isEqualTo(7L);
	}

	@Test
	void pronounGoesToTheMostRecentFittingSpeaker() {
		String body = "Kevin Arnold and Susan Whitley debated.\n\n“No new taxes,” Arnold said.\n\n“Then no bridges,” she replied.\n\n“We will see,” he said.";
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).extracting((p) -> p.speaker().name())
			.containsExactly("Kevin Arnold", "Susan Whitley", "Kevin Arnold");
	}

	@Test
	void unnamedSourceIsReportedNotGuessed() {
		String body = "Sen. Paula Grant is retiring.\n\n“She has made up her mind,” an aide said.";
		Speaker speaker = only(body).speaker();
		assertThat(speaker.unnamed()).isTrue();
		assertThat(speaker.name()).isNull();
		assertThat(speaker.asWritten()).isEqualTo("an aide");
	}

	@Test
	void attributionInTheNextSentence() {
		Proposal p = only("“You ignored us for a decade.” Councilwoman Helen Cho said it twice.");
		assertThat(p.speaker().name()).isEqualTo("Helen Cho");
	}

	@Test
	void offsetsAreStringIndexesPastSupplementaryCharacters() {
		String body = "Delgado 𝔄𝔅 spoke. “We will win this race,” said Maria Delgado.";
		Proposal p = only(body);
		assertThat(body.substring(p.start(), p.end())).isEqualTo(p.exact()).isEqualTo("We will win this race");
	}

	@Test
	void hostileInputNeverThrows() {
		List<String> inputs = List.of("", " ", "\n\n\n", "“", "”", "\"", "''", "“”", "\"\"\"\"\"", "“ ” “", "''''''",
				"\uD800", "\uDC00 “\uD800 said,” \uDBFF he said.", "Привет “мир,” сказал он. 你好“世界”他说。",
				"“a\n\n“b\n\n“c", ":\n\n:\n\nI", "said said said, “x,” said", "He said: “", "(((“)))”", "....“...”....",
				"Sen. Rep. Gov. “Dr. Mr.” Mrs.", "According to", "according to ,", "“x” according to");
		for (String input : inputs) {
			for (Proposal p : QuoteExtractor.extract(input)) {
				assertThat(input.substring(p.start(), p.end())).isEqualTo(p.exact());
			}
		}
	}

	/**
	 * Generous for a shared machine: linear work is well under a second per megabyte,
	 * quadratic work is hours.
	 */
	@Test
	void staysLinearOnAMegabyteOfMarks() {
		for (String unit : List.of("“", "\"", "''", "“a” ", "“a said b, ", ". ", "Sen. ", "a said that he was ",
				"\n\nI ", "Smith said:\n\n", "“x,” he said. ", "so-called “x” ")) {
			String body = unit.repeat(1_000_000 / unit.length());
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> QuoteExtractor.extract(body));
		}
	}

	private static Proposal only(String body) {
		List<Proposal> proposals = QuoteExtractor.extract(body);
		assertThat(proposals).hasSize(1);
		return proposals.get(0);
	}

}
