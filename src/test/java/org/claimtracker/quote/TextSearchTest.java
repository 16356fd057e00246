package org.claimtracker.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A selection is anchored only on whole characters: one that begins or ends between the
 * two Java chars of an emoji is refused, as no W3C position could name it.
 */
class TextSearchTest {

	private static final String BODY = "Vote 🗳 now, she said.";

	@Test
	void aSelectionOfWholeCharactersIsAnchored() {
		int start = BODY.indexOf("🗳");
		TextAnchor anchor = TextSearch.anchor(BODY, start, start + 2, "🗳");
		assertThat(anchor.getExact()).isEqualTo("🗳");
	}

	@Test
	void aSelectionInsideACharacterIsRefused() {
		int start = BODY.indexOf("🗳");
		assertThatExceptionOfType(AnchorMismatchException.class)
			.isThrownBy(() -> TextSearch.anchor(BODY, start + 1, start + 6, BODY.substring(start + 1, start + 6)))
			.withMessageContaining("inside a character");
		assertThatExceptionOfType(AnchorMismatchException.class)
			.isThrownBy(() -> TextSearch.anchor(BODY, 0, start + 1, BODY.substring(0, start + 1)));
	}

}
