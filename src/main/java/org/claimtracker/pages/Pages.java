package org.claimtracker.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.claimtracker.article.ArticleSummary;
import org.claimtracker.article.ArticleView;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.Balance;
import org.claimtracker.claim.ClaimByline;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.RatingView;
import org.claimtracker.claim.Timeline;
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

	/**
	 * An article with its marks, and what each mark's card shows: the quote's speaker and
	 * the claims it bears on, or the claim the article asserts.
	 */
	public record Article(ArticleView article, List<List<Segment>> paragraphs, List<QuoteView> quotes,
			Map<Long, List<EvidenceView>> evidenceByQuote, List<AppearanceView> appearances,
			Map<Long, Speaker> speakers) {

		/**
		 * Every claim the article bears on, through a quote or by asserting it, once
		 * each, in the order the text first reaches it.
		 */
		public List<ClaimLink> claims() {
			record At(int start, ClaimLink claim) {
			}
			Stream<At> quoted = this.quotes.stream()
				.flatMap((q) -> this.evidenceByQuote.getOrDefault(q.id(), List.of())
					.stream()
					.map((e) -> new At(q.start(), new ClaimLink(e.claimId(), e.claimStatement()))));
			Stream<At> asserted = this.appearances.stream()
				.map((a) -> new At(a.start(), new ClaimLink(a.claimId(), a.claimStatement())));
			return Stream.concat(quoted, asserted)
				.sorted(Comparator.comparingInt(At::start))
				.map(At::claim)
				.distinct()
				.toList();
		}

		public @Nullable Speaker speaker(QuoteView quote) {
			return this.speakers.get(quote.speakerId());
		}

	}

	/** A claim to link to: its id and statement. */
	public record ClaimLink(long id, String statement) {

	}

	/**
	 * Who said a quote, as its card shows them: the person, with their party and
	 * description, and the races they stand in.
	 */
	public record Speaker(PersonView person, List<RaceView> races) {

		/** Whether the person is the incumbent in that race. */
		public boolean incumbentIn(RaceView race) {
			return race.candidates().stream().anyMatch((c) -> c.personId() == this.person.id() && c.incumbent());
		}

	}

	/**
	 * A claim's page: its ratings (the newsroom's first, if it rated it) apart from its
	 * evidence and the balance of it.
	 */
	public record Claim(ClaimView claim, List<RatingView> ratings, ClaimByline byline, List<AppearanceView> appearances,
			List<EvidenceView> supports, List<EvidenceView> contradicts) {

		/** The newsroom's own rating; none when it has not rated the claim. */
		public @Nullable RatingView rating() {
			return this.ratings.stream().filter(RatingView::newsroom).findFirst().orElse(null);
		}

		/** Ratings that outside checkers gave, imported with their own scales. */
		public List<RatingView> checkers() {
			return this.ratings.stream().filter((r) -> !r.newsroom()).toList();
		}

		public Balance balance() {
			return new Balance(this.supports.size(), this.contradicts.size());
		}

	}

	/**
	 * A person's page: the claims about them, their positions over time topic by topic,
	 * their most recent quotes, and how many they have in all.
	 */
	public record Person(PersonView person, List<RaceView> races, List<TopicClaims> claimsByTopic,
			Map<Long, List<EvidenceView>> evidenceByClaim, List<Timeline> timelines, List<QuoteView> quotes,
			long quoteCount) {

		public boolean moreQuotes() {
			return this.quoteCount > this.quotes.size();
		}

	}

	/**
	 * A race's candidates side by side: a row for each topic, a column for each
	 * candidate, and the quotes that show where they stand on each claim.
	 */
	public record Race(RaceView race, List<RaceRow> rows, Map<Long, List<EvidenceView>> evidenceByClaim,
			Map<Long, List<Timeline>> timelines) {

		/**
		 * The candidate's positions over time on the row's topic (null: on claims with no
		 * topic); none when they took no stance on it.
		 */
		public @Nullable Timeline timeline(long personId, @Nullable TopicView topic) {
			return this.timelines.getOrDefault(personId, List.of())
				.stream()
				.filter((t) -> Objects.equals(t.topic(), topic))
				.findFirst()
				.orElse(null);
		}

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
