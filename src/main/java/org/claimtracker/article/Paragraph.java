package org.claimtracker.article;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of an article body: its text and where it starts and ends in the body. */
public record Paragraph(int start, int end, String text) {

	/**
	 * Splits a body at its line breaks, leaving out blank lines; offsets stay those of
	 * the body.
	 */
	public static List<Paragraph> of(String body) {
		List<Paragraph> paragraphs = new ArrayList<>();
		int start = 0;
		while (start <= body.length()) {
			int newline = body.indexOf('\n', start);
			int end = (newline < 0) ? body.length() : newline;
			int textEnd = (end > start && body.charAt(end - 1) == '\r') ? end - 1 : end;
			if (!body.substring(start, textEnd).isBlank()) {
				paragraphs.add(new Paragraph(start, textEnd, body.substring(start, textEnd)));
			}
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		return paragraphs;
	}

}
