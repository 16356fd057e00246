package org.claimtracker.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A TextQuoteSelector made elsewhere finds its words in a body: by context among equal
 * words, through other quote marks and spaces, alike words near a given position, and
 * nothing where the words are not; W3C positions count code points.
 */
class QuoteSelectorsTest {

	private static final String BODY = "The mayor said “we will pave it” on Monday.\n\n"
			+ "On Friday the clerk said “we will pave it” too, and — twice — meant it.";

	@Test
	void theContextChoosesAmongEqualWords() {
		int second = BODY.lastIndexOf("we will pave it");
		QuoteSelectors.Found found = QuoteSelectors.find(BODY, "we will pave it", "the clerk said “", "” too", null);
		assertThat(found).isNotNull();
		assertThat(found.anchor().getStart()).isEqualTo(second);
		assertThat(found.how()).isEqualTo(QuoteSelectors.How.EXACT);

		QuoteSelectors.Found first = QuoteSelectors.find(BODY, "we will pave it", "The mayor said “", "” on Monday",
				null);
		assertThat(first.anchor().getStart()).isEqualTo(BODY.indexOf("we will pave it"));
	}

	@Test
	void withoutContextThePositionBreaksTheTie() {
		int second = BODY.lastIndexOf("we will pave it");
		assertThat(QuoteSelectors.find(BODY, "we will pave it", "", "", second - 3).anchor().getStart())
			.isEqualTo(second);
		assertThat(QuoteSelectors.find(BODY, "we will pave it", "", "", null).anchor().getStart())
			.isEqualTo(BODY.indexOf("we will pave it"));
	}

	@Test
	void otherQuoteMarksDashesAndSpacesStillFindTheWords() {
		QuoteSelectors.Found found = QuoteSelectors.find(BODY, "clerk said \"we  will\npave it\" too, and - twice", "",
				"", null);
		assertThat(found).isNotNull();
		assertThat(found.how()).isEqualTo(QuoteSelectors.How.LOOSE);
		assertThat(found.anchor().getExact()).isEqualTo("clerk said “we will pave it” too, and — twice");
	}

	@Test
	void alikeWordsAreFoundOnlyNearAGivenPosition() {
		String edited = "we will pave its";
		int near = BODY.lastIndexOf("we will pave it");
		QuoteSelectors.Found fuzzy = QuoteSelectors.find(BODY, "we wil pave it, too", "clerk said “", "", near);
		assertThat(fuzzy).isNotNull();
		assertThat(fuzzy.how()).isEqualTo(QuoteSelectors.How.FUZZY);
		assertThat(fuzzy.anchor().getStart()).isBetween(near - 2, near + 2);
		assertThat(QuoteSelectors.find(BODY, "we wil pave it, too", "", "", null)).isNull();
		assertThat(QuoteSelectors.find(BODY, edited + " and the bridge over the river", "", "", null)).isNull();
	}

	@Test
	void wordsNotInTheBodyAreNotFound() {
		assertThat(QuoteSelectors.find(BODY, "The governor vetoed the budget on Tuesday night", "", "", 5)).isNull();
		assertThat(QuoteSelectors.find(BODY, "", "", "", null)).isNull();
	}

	@Test
	void positionsCountCodePoints() {
		String body = "🙂🙂 then “words”";
		int java = body.indexOf("words");
		assertThat(QuoteSelectors.codePoints(body, java)).isEqualTo(java - 2);
		assertThat(QuoteSelectors.index(body, java - 2)).isEqualTo(java);
		assertThat(QuoteSelectors.index(body, 1_000)).isEqualTo(-1);
		assertThat(QuoteSelectors.index(body, -1)).isEqualTo(-1);
	}

}
