package org.claimtracker.search;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/** One quote found: its words with the matches marked, who said it, where and when, and its claims. */
public record QuoteHit(long id, String text, List<Snippet.Part> snippet, QuoteKind kind, long speakerId,
		String speaker, @Nullable String party, long articleId, String articleTitle, String outlet,
		@Nullable String byline, LocalDate publishedOn, String articleUrl, @Nullable LocalDate saidOn,
		List<ClaimStance> claims) {

	/** A claim the quote bears on, and how. */
	public record ClaimStance(long id, String statement, Stance stance) {

	}

	/** The date the words count as said: their own, or else the article's. */
	public LocalDate datedOn() {
		return (this.saidOn != null) ? this.saidOn : this.publishedOn;
	}

	/** A citation in the newsroom's usual form: speaker, quoted in byline, “title,” outlet, date, URL. */
	public String citation() {
		String by = (this.byline != null && !this.byline.isBlank()) ? this.byline + ", " : "";
		return this.speaker + ", quoted in " + by + "“" + this.articleTitle + ",” " + this.outlet + ", "
				+ Snippet.CITATION_DATE.format(this.publishedOn) + ", " + this.articleUrl;
	}

}
