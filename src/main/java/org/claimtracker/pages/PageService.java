package org.claimtracker.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleView;
import org.claimtracker.article.Paragraph;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.ClaimFilter;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.PositionService;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.Timeline;
import org.claimtracker.claim.TopicClaims;
import org.claimtracker.claim.TopicService;
import org.claimtracker.claim.TopicView;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.person.RaceView;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what each reader page shows from the feature services, in one read-only
 * transaction.
 */
@Service
public class PageService {

	/** How many quotes a person's or a topic's page lists; search has the rest. */
	public static final int RECENT = 20;

	private final ArticleService articles;

	private final QuoteService quotes;

	private final ClaimService claims;

	private final EvidenceService evidence;

	private final AppearanceService appearances;

	private final TopicService topics;

	private final PersonService people;

	private final RatingService ratings;

	private final PositionService positions;

	PageService(ArticleService articles, QuoteService quotes, ClaimService claims, EvidenceService evidence,
			AppearanceService appearances, TopicService topics, PersonService people, RatingService ratings,
			PositionService positions) {
		this.positions = positions;
		this.articles = articles;
		this.quotes = quotes;
		this.claims = claims;
		this.evidence = evidence;
		this.appearances = appearances;
		this.topics = topics;
		this.people = people;
		this.ratings = ratings;
	}

	@Transactional(readOnly = true)
	public Pages.Home home() {
		return new Pages.Home(this.articles.articles(null, PageRequest.of(0, 10)).getContent(),
				this.claims.mostEvidenced(5), this.people.races());
	}

	@Transactional(readOnly = true)
	public Pages.Article article(long id) {
		ArticleView article = this.articles.article(id);
		List<QuoteView> quotes = this.quotes.inArticle(id);
		List<AppearanceView> appearances = this.appearances.appearancesIn(id);
		// a span a correction could not place is listed but not marked: its offsets
		// belong to an older text
		List<Mark> marks = Stream
			.concat(quotes.stream().filter((q) -> !q.needsReview()).map(Mark::of),
					appearances.stream().filter((a) -> !a.needsReview()).map(Mark::of))
			.toList();
		Map<Long, List<EvidenceView>> evidence = group(this.evidence.evidenceOfQuotes(ids(quotes)),
				(e) -> e.quote().id());
		return new Pages.Article(article, MarkedText.of(article.paragraphs(), marks), quotes, evidence, appearances,
				speakers(quotes));
	}

	@Transactional(readOnly = true)
	public Pages.Claim claim(long id) {
		var claim = this.claims.claim(id);
		List<EvidenceView> evidence = this.evidence.evidenceFor(id);
		return new Pages.Claim(claim, this.ratings.ratingsOf(id), this.claims.byline(id),
				this.appearances.appearancesOf(id), evidence.stream().filter(EvidenceView::supports).toList(),
				evidence.stream().filter((e) -> !e.supports()).toList());
	}

	@Transactional(readOnly = true)
	public Pages.Person person(long id) {
		var person = this.people.person(id);
		return new Pages.Person(person, this.people.racesOf(id),
				TopicClaims.of(this.claims.claims(new ClaimFilter(null, null, id))),
				group(this.evidence.evidenceAbout(id), EvidenceView::claimId), this.positions.timelines(id),
				this.quotes.recentBySpeaker(id, RECENT), this.quotes.countBySpeaker(id));
	}

	@Transactional(readOnly = true)
	public Pages.Race race(long id) {
		RaceView race = this.people.race(id);
		List<Long> candidates = race.candidates().stream().map(RaceView.Candidate::personId).toList();
		Map<Long, List<Timeline>> timelines = this.positions.timelines(candidates);
		return new Pages.Race(race,
				RaceRow.of(race.candidates(), this.claims.claimsAbout(candidates),
						timelines.values().stream().flatMap(List::stream).toList()),
				group(this.evidence.evidenceAbout(candidates), EvidenceView::claimId), timelines);
	}

	@Transactional(readOnly = true)
	public Pages.Quote quote(long id) {
		QuoteView quote = this.quotes.quote(id);
		ArticleView article = this.articles.article(quote.articleId());
		// every paragraph the quote runs over; one a correction could not place shows its
		// own words
		List<Paragraph> paragraphs = article.paragraphs()
			.stream()
			.filter((p) -> !quote.needsReview() && p.start() < quote.end() && quote.start() < p.end())
			.toList();
		if (paragraphs.isEmpty()) {
			paragraphs = List.of(new Paragraph(quote.start(), quote.end(), quote.exact()));
		}
		return new Pages.Quote(quote, MarkedText.of(paragraphs, List.of(Mark.of(quote))),
				this.evidence.evidenceOfQuotes(List.of(id)));
	}

	@Transactional(readOnly = true)
	public Pages.Topic topic(String slug) {
		TopicView topic = this.topics.topic(slug);
		List<EvidenceView> evidence = this.evidence.recentEvidenceInTopic(slug, RECENT + 1);
		return new Pages.Topic(topic, this.claims.claims(new ClaimFilter(slug, null, null)),
				evidence.subList(0, Math.min(RECENT, evidence.size())), evidence.size() > RECENT);
	}

	/** The speakers of those quotes, each with the races they stand in, by their id. */
	private Map<Long, Pages.Speaker> speakers(List<QuoteView> quotes) {
		List<Long> ids = quotes.stream().map(QuoteView::speakerId).distinct().toList();
		List<RaceView> races = this.people.racesOfAny(ids);
		return this.people.peopleWithIds(ids)
			.stream()
			.collect(Collectors.toMap(PersonView::id,
					(p) -> new Pages.Speaker(p, races.stream().filter((r) -> r.hasCandidate(p.id())).toList())));
	}

	private static List<Long> ids(List<QuoteView> quotes) {
		return quotes.stream().map(QuoteView::id).toList();
	}

	private static <T, K> Map<K, List<T>> group(List<T> items, Function<T, K> key) {
		return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
	}

}
