package org.claimtracker.extraction;

/**
 * Words between quotation marks: the opening mark at {@code open}, the words in
 * {@code [contentStart, contentEnd)}, the closing mark ending at {@code closeEnd}. A
 * quotation that runs over several paragraphs holds the marks that reopen each of them.
 */
record Quoted(int open, int contentStart, int contentEnd, int closeEnd) {

	/** The words inside the marks, without surrounding spaces or a trailing comma. */
	int[] words(String body) {
		int start = this.contentStart;
		int end = this.contentEnd;
		while (start < end && Words.space(body.charAt(start))) {
			start++;
		}
		while (end > start && (Words.space(body.charAt(end - 1)) || body.charAt(end - 1) == ',')) {
			end--;
		}
		return new int[] { start, end };
	}

}
