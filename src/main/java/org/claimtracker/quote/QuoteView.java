package org.claimtracker.quote;

import java.time.LocalDate;

import org.claimtracker.article.Article;
import org.jspecify.annotations.Nullable;

/**
 * A quote as readers see it: the words, who said them, when, and the article that
 * reported them.
 */
public record QuoteView(long id, QuoteKind kind, String exact, int start, int end, String prefix, String suffix,
		long speakerId, String speaker, @Nullable String party, @Nullable LocalDate saidOn, @Nullable String context,
		long articleId, String articleTitle, String outlet, @Nullable String byline, LocalDate publishedOn,
		String articleUrl, int version, boolean draft, boolean needsReview) {

	/** Reads a quote whose speaker, article and outlet are loaded. */
	public static QuoteView from(Quote quote) {
		Article article = quote.getArticle();
		TextAnchor anchor = quote.getAnchor();
		return new QuoteView(id(quote.getId()), quote.getKind(), anchor.getExact(), anchor.getStart(), anchor.getEnd(),
				anchor.getPrefix(), anchor.getSuffix(), id(quote.getSpeaker().getId()), quote.getSpeaker().getName(),
				quote.getSpeaker().getParty(), quote.getSaidOn(), quote.getContext(), id(article.getId()),
				article.getTitle(), article.getOutlet().getName(), article.getByline(), article.getPublishedOn(),
				article.getUrl(), quote.getVersion(), !quote.isPublished(),
				quote.getAnchorState() == AnchorState.NEEDS_REVIEW);
	}

	/** When the words were said, or else when they were reported. */
	public LocalDate saidOrPublished() {
		return (this.saidOn != null) ? this.saidOn : this.publishedOn;
	}

	private static long id(@Nullable Long id) {
		if (id == null) {
			throw new IllegalStateException("Only saved quotes have a view");
		}
		return id;
	}

}
