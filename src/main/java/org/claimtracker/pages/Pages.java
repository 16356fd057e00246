package org.claimtracker.pages;

import java.util.List;
import java.util.Map;

import org.claimtracker.article.ArticleSummary;
import org.claimtracker.article.ArticleView;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.Balance;
import org.claimtracker.claim.ClaimByline;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.TopicClaims;
import org.claimtracker.claim.TopicView;
import org.claimtracker.person.PersonView;
import org.claimtracker.person.RaceView;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.pages.MarkedText.Segment;
import org.jspecify.annotations.Nullable;

/** What each reader page shows, gathered in a fixed number of queries. */
public final class Pages {

	private Pages() {
	}

	public record Home(List<ArticleSummary> latest, List<ClaimSummary> mostEvidenced, List<RaceView> races) {

	}

	public record Article(ArticleView article, List<List<Segment>> paragraphs, List<QuoteView> quotes,
			Map<Long, List<EvidenceView>> evidenceByQuote, List<AppearanceView> appearances) {

	}

	public record Claim(ClaimView claim, ClaimByline byline, List<AppearanceView> appearances,
			List<EvidenceView> supports, List<EvidenceView> contradicts) {

		public Balance balance() {
			return new Balance(this.supports.size(), this.contradicts.size());
		}

	}

	/** A person's page: their most recent quotes, and how many they have in all. */
	public record Person(PersonView person, List<RaceView> races, List<TopicClaims> claimsByTopic,
			Map<Long, List<EvidenceView>> evidenceByClaim, List<QuoteView> quotes, long quoteCount) {

		public boolean moreQuotes() {
			return this.quoteCount > this.quotes.size();
		}

	}

	/**
	 * A race's candidates side by side: a row for each topic, a column for each
	 * candidate, and the quotes that show where they stand on each claim.
	 */
	public record Race(RaceView race, List<RaceRow> rows, Map<Long, List<EvidenceView>> evidenceByClaim) {

		/** The quotes on that claim, supporting first. */
		public List<EvidenceView> evidence(long claimId) {
			return this.evidenceByClaim.getOrDefault(claimId, List.of());
		}

	}

	public record Quote(QuoteView quote, List<List<Segment>> paragraphs, List<EvidenceView> evidence) {

	}

	/**
	 * A topic's page: its claims, and the most recent quotes for or against them
	 * ({@code more} if there are others).
	 */
	public record Topic(TopicView topic, List<ClaimSummary> claims, List<EvidenceView> evidence, boolean more) {

	}

}
