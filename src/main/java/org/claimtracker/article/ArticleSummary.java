package org.claimtracker.article;

import java.time.LocalDate;

import org.claimtracker.common.Publication;

/** One line of an article list. */
public record ArticleSummary(long id, String title, long outletId, String outlet, LocalDate publishedOn,
		Publication status) {

	public boolean draft() {
		return this.status == Publication.DRAFT;
	}

}
