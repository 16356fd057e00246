package org.claimtracker.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where an editor's typed text occurs in a body, for marking a quote without a
 * mouse.
 */
public final class TextSearch {

	private TextSearch() {
	}

	/** Every start index of {@code exact} in {@code body}, in order. */
	public static List<Integer> occurrences(String body, String exact) {
		List<Integer> starts = new ArrayList<>();
		if (exact.isEmpty()) {
			return starts;
		}
		for (int at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
			starts.add(at);
		}
		return starts;
	}

	/** Checks W3C selectors against a body and returns the anchor they describe. */
	public static TextAnchor anchor(String body, int start, int end, String exact) {
		if (start < 0 || end > body.length() || start >= end) {
			throw new AnchorMismatchException(
					"The selection [" + start + ", " + end + ") lies outside the article text");
		}
		if (splitsACharacter(body, start) || splitsACharacter(body, end)) {
			// a W3C TextPositionSelector counts whole characters (code points), and half
			// of one could be shown nowhere
			throw new AnchorMismatchException("The selection [" + start + ", " + end
					+ ") begins or ends inside a character written as two Java chars, such as an emoji");
		}
		TextAnchor anchor = TextAnchor.of(body, start, end);
		if (!anchor.getExact().equals(exact)) {
			throw new AnchorMismatchException(
					"The selected text does not match the article at [" + start + ", " + end + ")");
		}
		return anchor;
	}

	/** Whether the index falls between the two halves of a character. */
	private static boolean splitsACharacter(String body, int index) {
		return index > 0 && index < body.length() && Character.isLowSurrogate(body.charAt(index))
				&& Character.isHighSurrogate(body.charAt(index - 1));
	}

}
