package org.claimtracker.article;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphTest {

	@Test
	void keepsBodyOffsetsAndSkipsBlankLines() {
		String body = "First one.\n\nSecond “one”.\r\n\n  \nThird";
		assertThat(Paragraph.of(body)).containsExactly(new Paragraph(0, 10, "First one."),
				new Paragraph(12, 25, "Second “one”."), new Paragraph(31, 36, "Third"));
		assertThat(Paragraph.of(body))
			.allSatisfy((p) -> assertThat(body.substring(p.start(), p.end())).isEqualTo(p.text()));
	}

	@Test
	void emptyBodyHasNoParagraphs() {
		assertThat(Paragraph.of("")).isEmpty();
	}

}
