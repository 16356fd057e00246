package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a quote's words are the speaker's own, for readers to see: all of a direct
 * quote's, none of a paraphrase's (the outlet's account), and in a partial quote those
 * the outlet put in double quotation marks, marks included. Single marks are left alone:
 * they are apostrophes, or quotes inside quotes.
 */
public final class OwnWords {

	private OwnWords() {
	}

	/** A run of the words; {@code own} when they are the speaker's. */
	public record Part(String text, boolean own) {

	}

	/** The words cut where the speaker's own begin and end. */
	public static List<Part> of(QuoteKind kind, String text) {
		return switch (kind) {
			case DIRECT -> List.of(new Part(text, true));
			case PARAPHRASE -> List.of(new Part(text, false));
			case PARTIAL -> parts(text, spans(text));
		};
	}

	/**
	 * The [start, end) spans of a partial quote's words in double quotation marks. A
	 * quotation still open at the end runs to it (the words were cut short); a closing
	 * mark before any opening one closes a quotation open from the start (the words are a
	 * run of a longer text).
	 */
	public static List<int[]> spans(String text) {
		List<int[]> spans = new ArrayList<>();
		int open = -1;
		boolean seen = false;
		for (int at = 0; at < text.length(); at++) {
			char c = text.charAt(at);
			boolean opening = c == '“' || c == '„' || c == '«' || (c == '"' && open < 0);
			boolean closing = c == '”' || c == '»' || (c == '"' && open >= 0);
			if (opening && open < 0) {
				open = at;
			}
			else if (closing && (open >= 0 || !seen)) {
				spans.add(new int[] { Math.max(open, 0), at + 1 });
				open = -1;
			}
			seen |= opening || closing;
		}
		if (open >= 0) {
			spans.add(new int[] { open, text.length() });
		}
		return spans;
	}

	/** The text cut at the spans' ends, the spans' parts marked as the speaker's. */
	public static List<Part> parts(String text, List<int[]> spans) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		for (int[] span : spans) {
			if (span[0] > at) {
				parts.add(new Part(text.substring(at, span[0]), false));
			}
			parts.add(new Part(text.substring(span[0], span[1]), true));
			at = span[1];
		}
		if (at < text.length() || parts.isEmpty()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

}
