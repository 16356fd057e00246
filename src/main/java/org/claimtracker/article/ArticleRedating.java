package org.claimtracker.article;

import java.time.LocalDate;

/**
 * Published inside the transaction that changes an article's date, before the change, so
 * that what is dated by the article (its quotes) may refuse the new date by throwing.
 */
public record ArticleRedating(long articleId, LocalDate from, LocalDate to) {
}
