package org.claimtracker.correction;

import java.time.LocalDate;
import java.util.UUID;

import org.claimtracker.article.NewArticle;

/** A two-paragraph article with one quote, corrected by the correction tests. */
public final class RoadsArticle {

	public static final String QUOTE = "We will fix every road in this city,";

	public static final String BODY = "The mayor spoke on Monday.\n\n“We will fix every road in this city,” the mayor said.";

	private RoadsArticle() {
	}

	/** The article, from the given outlet, at an address of its own. */
	public static NewArticle in(String outlet) {
		return new NewArticle("Roads", outlet, null, LocalDate.of(2024, 5, 7),
				"https://example.org/" + UUID.randomUUID(), BODY);
	}

	/** Where the quote starts in the body. */
	public static int quoteStart() {
		return BODY.indexOf(QUOTE);
	}

	/** Where the quote ends in the body. */
	public static int quoteEnd() {
		return BODY.indexOf(QUOTE) + QUOTE.length();
	}

}
