package org.claimtracker.pages;

import org.claimtracker.claim.AppearanceView;
import org.claimtracker.quote.QuoteView;

/**
 * A span to mark in an article body: a quote of some kind, or a place where the article
 * asserts a claim.
 */
public record Mark(Type type, long id, int start, int end, String href, String label) {

	/** What a mark stands for; each looks different on the page. */
	public enum Type {

		DIRECT, PARTIAL, PARAPHRASE, APPEARANCE;

		public String cssClass() {
			return "mark-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public static Mark of(QuoteView quote) {
		return new Mark(Type.valueOf(quote.kind().name()), quote.id(), quote.start(), quote.end(),
				"/quotes/" + quote.id(), quote.speaker());
	}

	public static Mark of(AppearanceView appearance) {
		return new Mark(Type.APPEARANCE, appearance.id(), appearance.start(), appearance.end(),
				"/claims/" + appearance.claimId(), appearance.claimStatement());
	}

	public boolean isQuote() {
		return this.type != Type.APPEARANCE;
	}

	/** The fragment id of the mark's first character on the article page. */
	public String anchorId() {
		return (isQuote() ? "quote-" : "appearance-") + this.id;
	}

	int length() {
		return this.end - this.start;
	}

}
