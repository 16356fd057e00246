package org.claimtracker.pages;

import java.util.List;

import org.claimtracker.article.Paragraph;
import org.claimtracker.pages.MarkedText.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkedTextTest {

	private static final String BODY = "Alpha beta gamma delta.\n\nEpsilon zeta.";

	@Test
	void everyCharacterOnceInOrderWithAllItsMarks() {
		Mark outer = mark(Mark.Type.APPEARANCE, 1, 0, 16);
		Mark inner = mark(Mark.Type.DIRECT, 2, 6, 10);
		Mark overlapping = mark(Mark.Type.PARAPHRASE, 3, 11, 22);
		List<List<Segment>> paragraphs = MarkedText.of(Paragraph.of(BODY), List.of(outer, inner, overlapping));

		assertThat(paragraphs).hasSize(2);
		List<Segment> first = paragraphs.get(0);
		assertThat(first).extracting(Segment::text).containsExactly("Alpha ", "beta", " ", "gamma", " delta", ".");
		assertThat(String.join("", first.stream().map(Segment::text).toList())).isEqualTo("Alpha beta gamma delta.");
		assertThat(first.get(1).marks()).containsExactlyInAnyOrder(outer, inner);
		assertThat(first.get(3).marks()).containsExactlyInAnyOrder(outer, overlapping);
		assertThat(first.get(4).marks()).containsExactly(overlapping);
		assertThat(first.get(5).isMarked()).isFalse();
		assertThat(paragraphs.get(1)).extracting(Segment::text).containsExactly("Epsilon zeta.");
	}

	@Test
	void eachMarkOpensOnceAndLinksToTheInnermostQuote() {
		Mark appearance = mark(Mark.Type.APPEARANCE, 1, 0, 16);
		Mark quote = mark(Mark.Type.PARAPHRASE, 2, 0, 16);
		Mark inner = mark(Mark.Type.DIRECT, 3, 6, 10);
		List<Segment> segments = MarkedText.of(Paragraph.of(BODY), List.of(appearance, quote, inner)).get(0);

		assertThat(segments.stream().flatMap((s) -> s.opening().stream()).toList())
			.containsExactlyInAnyOrder(appearance, quote, inner);
		assertThat(segments.get(0).primary()).isEqualTo(quote);
		assertThat(segments.get(1).primary()).isEqualTo(inner);
		assertThat(segments.get(1).cssClasses()).contains("mark-appearance", "mark-paraphrase", "mark-direct");
	}

	private static Mark mark(Mark.Type type, long id, int start, int end) {
		return new Mark(type, id, start, end, "/x/" + id, "label " + id);
	}

}
