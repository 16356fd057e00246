package org.claimtracker.claim;

import java.time.LocalDate;

import org.claimtracker.article.Article;
import org.claimtracker.quote.AnchorState;
import org.claimtracker.quote.TextAnchor;

/** Where an article itself asserts a claim: the span, with the article it is in. */
public record AppearanceView(long id, long claimId, String claimStatement, long articleId, String articleTitle,
		long outletId, String outlet, LocalDate publishedOn, String articleUrl, int start, int end, String exact,
		String prefix, String suffix, int version, boolean needsReview) {

	static AppearanceView from(ClaimAppearance appearance) {
		Article article = appearance.getArticle();
		TextAnchor anchor = appearance.getAnchor();
		return new AppearanceView(appearance.getId(), appearance.getClaim().getId(),
				appearance.getClaim().getStatement(), article.getId(), article.getTitle(), article.getOutlet().getId(),
				article.getOutlet().getName(), article.getPublishedOn(), article.getUrl(), anchor.getStart(),
				anchor.getEnd(), anchor.getExact(), anchor.getPrefix(), anchor.getSuffix(), appearance.getVersion(),
				appearance.getAnchorState() == AnchorState.NEEDS_REVIEW);
	}

	/**
	 * The words before the span, for reading it in context: those of its paragraph in the
	 * stored prefix, from its first whole word, after "…" when the text goes on before
	 * them.
	 */
	public String lead() {
		int newline = this.prefix.lastIndexOf('\n');
		if (newline >= 0) {
			return this.prefix.substring(newline + 1);
		}
		if (this.start <= this.prefix.length()) {
			return this.prefix;
		}
		int space = indexOfSpace(this.prefix, 0);
		return "…" + ((space < 0) ? "" : this.prefix.substring(space + 1));
	}

	/**
	 * The words after the span, as {@link #lead()} those before: to the last whole word,
	 * then "…".
	 */
	public String tail() {
		int newline = this.suffix.indexOf('\n');
		if (newline >= 0) {
			return this.suffix.substring(0, newline);
		}
		if (this.suffix.length() < TextAnchor.CONTEXT) {
			return this.suffix;
		}
		int space = -1;
		for (int at = indexOfSpace(this.suffix, 0); at >= 0; at = indexOfSpace(this.suffix, at + 1)) {
			space = at;
		}
		return ((space < 0) ? "" : this.suffix.substring(0, space)) + "…";
	}

	private static int indexOfSpace(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

}
