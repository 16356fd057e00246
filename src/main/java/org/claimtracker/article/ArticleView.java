package org.claimtracker.article;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An article as readers see it. */
public record ArticleView(long id, String title, long outletId, String outlet, @Nullable String byline,
		LocalDate publishedOn, String url, String body, int bodyRevision, int version, boolean draft) {

	static ArticleView from(Article article) {
		return new ArticleView(article.getId(), article.getTitle(), article.getOutlet().getId(),
				article.getOutlet().getName(), article.getByline(), article.getPublishedOn(), article.getUrl(),
				article.getBody(), article.getBodyRevision(), article.getVersion(), !article.isPublished());
	}

	public List<Paragraph> paragraphs() {
		return Paragraph.of(this.body);
	}

}
