package org.claimtracker.article;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What an editor gives to add an article; the body is already normalised. */
public record NewArticle(String title, String outlet, @Nullable String byline, LocalDate publishedOn, String url,
		String body) {

}
