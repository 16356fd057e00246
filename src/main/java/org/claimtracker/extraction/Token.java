package org.claimtracker.extraction;

/**
 * A word or punctuation mark of the writer's text at {@code [start, end)}; a quotation in
 * the text stands as one token whose {@code quote} is its index (-1 for other tokens).
 */
final class Token {

	private final int start;

	private final int end;

	private final String text;

	private final int quote;

	private final String lower;

	Token(int start, int end, String text, int quote) {
		this.start = start;
		this.end = end;
		this.text = text;
		this.quote = quote;
		this.lower = (text.length() == 1 && !Character.isLetter(text.charAt(0))) ? text : Words.lower(text);
	}

	int start() {
		return this.start;
	}

	int end() {
		return this.end;
	}

	String text() {
		return this.text;
	}

	int quote() {
		return this.quote;
	}

	boolean isQuote() {
		return this.quote >= 0;
	}

	boolean isWord() {
		return !isQuote() && (Character.isLetterOrDigit(this.text.charAt(0)) || this.text.charAt(0) == '$');
	}

	boolean is(String punctuation) {
		return !isQuote() && this.text.equals(punctuation);
	}

	String lower() {
		return this.lower;
	}

	boolean capitalized() {
		return isWord() && Character.isUpperCase(this.text.codePointAt(0));
	}

	boolean possessive() {
		return this.text.endsWith("’s") || this.text.endsWith("'s");
	}

	/**
	 * Commas, colons, semicolons and dashes (a hyphen standing alone is one): where one
	 * phrase of a sentence ends.
	 */
	boolean isBreak() {
		return !isQuote() && this.text.length() == 1 && ",:;—–―-".indexOf(this.text.charAt(0)) >= 0;
	}

}
