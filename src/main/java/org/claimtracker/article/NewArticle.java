package org.claimtracker.article;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an editor gives to add an article: its details, tidied as {@link ArticleDetails}
 * tidies them, and the body, already normalised.
 */
public record NewArticle(String title, String outlet, @Nullable String byline, LocalDate publishedOn, String url,
		String body) {

	public NewArticle {
		ArticleDetails details = new ArticleDetails(title, outlet, byline, publishedOn, url);
		title = details.title();
		outlet = details.outlet();
		byline = details.byline();
		url = details.url();
	}

}
