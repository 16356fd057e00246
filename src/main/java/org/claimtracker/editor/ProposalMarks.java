package org.claimtracker.editor;

import java.util.List;

import org.claimtracker.article.Paragraph;
import org.claimtracker.pages.Mark;
import org.claimtracker.pages.MarkedText;

/**
 * The review screen's article body, with each proposal marked and linked to its entry in
 * the list.
 */
final class ProposalMarks {

	private ProposalMarks() {
	}

	static List<List<MarkedText.Segment>> paragraphs(ProposalReviewService.Review review) {
		List<Mark> marks = review.items()
			.stream()
			.map((item) -> new Mark(Mark.Type.valueOf(item.kind().name()), item.number(), item.start(), item.end(),
					"#proposal-" + item.number(),
					"#" + item.number() + " " + (item.speaker() != null ? item.speaker() : item.asWritten())))
			.toList();
		return MarkedText.of(Paragraph.of(review.body()), marks);
	}

}
