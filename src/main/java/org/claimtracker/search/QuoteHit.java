package org.claimtracker.search;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.Citation;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * One quote found: its words with the matches marked, who said it, where and when, and
 * its claims; {@code draft} when readers cannot see it yet (the quote or its article is a
 * draft), which only signed-in editors find.
 */
public record QuoteHit(long id, String text, List<Snippet.Part> snippet, QuoteKind kind, long speakerId, String speaker,
		@Nullable String party, long articleId, String articleTitle, String outlet, @Nullable String byline,
		LocalDate publishedOn, String articleUrl, @Nullable LocalDate saidOn, List<ClaimStance> claims, boolean draft) {

	/** A claim the quote bears on, and how. */
	public record ClaimStance(long id, String statement, Stance stance) {

	}

	/** The date the words count as said: their own, or else the article's. */
	public LocalDate datedOn() {
		return (this.saidOn != null) ? this.saidOn : this.publishedOn;
	}

	/** The quote's citation (see {@link Citation}). */
	public String citation() {
		return Citation.of(this.speaker, this.byline, this.articleTitle, this.outlet, this.publishedOn,
				this.articleUrl);
	}

}
