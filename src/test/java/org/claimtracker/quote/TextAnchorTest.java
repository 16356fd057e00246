package org.claimtracker.quote;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextAnchorTest {

	private static final String BODY = "x".repeat(40) + "“Here’s why,” she said." + "y".repeat(40);

	@Test
	void keepsExactTextAndContext() {
		TextAnchor anchor = TextAnchor.of(BODY, 41, 52);
		assertThat(anchor.getExact()).isEqualTo("Here’s why,");
		assertThat(anchor.getPrefix()).hasSize(TextAnchor.CONTEXT).endsWith("x“");
		assertThat(anchor.getSuffix()).hasSize(TextAnchor.CONTEXT).startsWith("” she said.");
		assertThat(anchor.matches(BODY)).isTrue();
		assertThat(anchor.matches("z" + BODY)).isFalse();
		assertThat(anchor.matches(BODY.substring(0, 45))).isFalse();
	}

	@Test
	void refusesSpansOutsideTheBody() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextAnchor.of(BODY, 5, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> TextAnchor.of(BODY, -1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> TextAnchor.of(BODY, 100, BODY.length() + 1));
	}

}
