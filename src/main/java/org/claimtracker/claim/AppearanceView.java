package org.claimtracker.claim;

import java.time.LocalDate;

import org.claimtracker.article.Article;
import org.claimtracker.quote.AnchorState;
import org.claimtracker.quote.TextAnchor;

/** Where an article itself asserts a claim: the span, with the article it is in. */
public record AppearanceView(long id, long claimId, String claimStatement, long articleId, String articleTitle,
		String outlet, LocalDate publishedOn, String articleUrl, int start, int end, String exact, String prefix, String suffix,
		int version, boolean needsReview) {

	static AppearanceView from(ClaimAppearance appearance) {
		Article article = appearance.getArticle();
		TextAnchor anchor = appearance.getAnchor();
		return new AppearanceView(appearance.getId(), appearance.getClaim().getId(),
				appearance.getClaim().getStatement(), article.getId(), article.getTitle(), article.getOutlet().getName(),
				article.getPublishedOn(), article.getUrl(), anchor.getStart(), anchor.getEnd(), anchor.getExact(), anchor.getPrefix(),
				anchor.getSuffix(), appearance.getVersion(), appearance.getAnchorState() == AnchorState.NEEDS_REVIEW);
	}

}
