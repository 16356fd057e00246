package org.claimtracker.editor;

import java.io.Serializable;

import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextAnchor;

/**
 * A proposal the editor rejected, remembered by its words and their context rather than
 * by where they were: a correction that moves the words leaves them rejected, and one
 * that removes them leaves nothing to reject.
 */
record Rejection(TextAnchor anchor, QuoteKind kind) implements Serializable {

	static Rejection of(String body, int start, int end, QuoteKind kind) {
		return new Rejection(TextAnchor.of(body, start, end), kind);
	}

}
