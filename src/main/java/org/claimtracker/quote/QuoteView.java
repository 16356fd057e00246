package org.claimtracker.quote;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.article.Article;
import org.jspecify.annotations.Nullable;

/**
 * A quote as readers see it: the words, who said them, when, and the article that
 * reported them.
 */
public record QuoteView(long id, QuoteKind kind, String exact, int start, int end, String prefix, String suffix,
		long speakerId, String speaker, @Nullable String party, @Nullable LocalDate saidOn, @Nullable String context,
		long articleId, String articleTitle, long outletId, String outlet, @Nullable String byline,
		LocalDate publishedOn, String articleUrl, int version, boolean draft, boolean needsReview,
		@Nullable Long utteranceId, boolean altered) {

	/** Reads a quote whose speaker, article and outlet are loaded. */
	public static QuoteView from(Quote quote) {
		Article article = quote.getArticle();
		TextAnchor anchor = quote.getAnchor();
		return new QuoteView(id(quote.getId()), quote.getKind(), anchor.getExact(), anchor.getStart(), anchor.getEnd(),
				anchor.getPrefix(), anchor.getSuffix(), id(quote.getSpeaker().getId()), quote.getSpeaker().getName(),
				quote.getSpeaker().getParty(), quote.getSaidOn(), quote.getContext(), id(article.getId()),
				article.getTitle(), id(article.getOutlet().getId()), article.getOutlet().getName(), article.getByline(),
				article.getPublishedOn(), article.getUrl(), quote.getVersion(), !quote.isPublished(),
				quote.getAnchorState() == AnchorState.NEEDS_REVIEW, quote.getUtteranceId(), quote.isAltered());
	}

	/** When the words were said, or else when they were reported. */
	public LocalDate saidOrPublished() {
		return (this.saidOn != null) ? this.saidOn : this.publishedOn;
	}

	/**
	 * The words cut where the speaker's own begin and end (see {@link OwnWords}): a page
	 * shows a paraphrase as the outlet's account, and marks a partial quote's own words.
	 */
	public List<OwnWords.Part> words() {
		return OwnWords.of(this.kind, this.exact);
	}

	/**
	 * As {@link #words()}, for a list: at most {@code max} characters, the last of them
	 * "…" when the words go on. Cut short inside a quotation, the speaker's words run to
	 * the end.
	 */
	public List<OwnWords.Part> words(int max) {
		if (this.exact.length() <= max) {
			return words();
		}
		int cut = max - 1;
		if (Character.isHighSurrogate(this.exact.charAt(cut - 1))) {
			cut--;
		}
		return OwnWords.of(this.kind, this.exact.substring(0, cut) + "…");
	}

	/** The quote's citation, to be written out with the site's address and a date. */
	public Citation citation() {
		return Citation.of(this);
	}

	private static long id(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("Only saved quotes have a view");
		}
		return id;
	}

}
