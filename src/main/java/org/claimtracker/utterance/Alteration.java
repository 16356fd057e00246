package org.claimtracker.utterance;

import java.util.List;
import java.util.Locale;

/**
 * One way a version differs from the reference: which reference words it leaves out or
 * replaces ({@code from}/{@code to}, word positions in the reference), which words it
 * puts in their place, and whether that alters what was said.
 */
public record Alteration(Kind kind, int from, int to, String removed, String added, boolean altering) {

	/** The kinds of difference, each with the plain words a page says about it. */
	public enum Kind {

		/** Words dropped from inside the quote without a mark. */
		OMISSION,
		/** Words the version has that the reference does not. */
		INSERTION,
		/** Words the version has in place of the reference's. */
		SUBSTITUTION,
		/** Words left out at an ellipsis, joining parts that were apart. */
		ELLIPSIS,
		/** The version starts later than the reference. */
		TRUNCATED_START,
		/** The version stops before the reference ends. */
		TRUNCATED_END

	}

	/** The message key that says what changed, for one word or several. */
	public String messageKey() {
		String words = switch (this.kind) {
			case OMISSION -> plural(this.removed);
			case INSERTION -> plural(this.added);
			default -> "";
		};
		return "utterance.alteration." + this.kind.name().toLowerCase(Locale.ROOT) + words;
	}

	/** The words the message names: those removed, then those added. */
	public List<String> arguments() {
		return List.of(this.removed, this.added);
	}

	/** How many reference words the version does not have here. */
	public int wordsLeftOut() {
		return this.to - this.from;
	}

	private static String plural(String words) {
		return words.contains(" ") ? ".words" : ".word";
	}

}
