package org.claimtracker.article;

import java.time.LocalDate;

/** One line of an article list. */
public record ArticleSummary(long id, String title, String outlet, LocalDate publishedOn) {

}
