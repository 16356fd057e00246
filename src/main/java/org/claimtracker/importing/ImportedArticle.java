package org.claimtracker.importing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as a file gives it: its URL is its identity; its body is already an article
 * body (paragraphs separated by one blank line, in NFC), as {@code ArticleText} makes it.
 * The outlet, when the file names none, is the URL's host.
 */
public record ImportedArticle(String url, String title, String outlet, @Nullable String byline, LocalDate publishedOn,
		String body, List<String> topics) {

	public ImportedArticle {
		topics = List.copyOf(topics);
	}

}
