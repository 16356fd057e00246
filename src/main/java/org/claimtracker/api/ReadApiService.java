package org.claimtracker.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleView;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.Balance;
import org.claimtracker.claim.ClaimFilter;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.TopicClaims;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.PersonView;
import org.claimtracker.person.RaceView;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what each read of one item returns from the feature services, in one read-only
 * transaction: the same data as the reader's pages, without their marked text.
 */
@Service
class ReadApiService {

	/** How many of a person's quotes a read returns, as on their page. */
	static final int RECENT = 20;

	private final ArticleService articles;

	private final QuoteService quotes;

	private final ClaimService claims;

	private final EvidenceService evidence;

	private final AppearanceService appearances;

	private final PersonService people;

	ReadApiService(ArticleService articles, QuoteService quotes, ClaimService claims, EvidenceService evidence,
			AppearanceService appearances, PersonService people) {
		this.articles = articles;
		this.quotes = quotes;
		this.claims = claims;
		this.evidence = evidence;
		this.appearances = appearances;
		this.people = people;
	}

	record Article(ArticleView article, List<QuoteView> quotes, Map<Long, List<EvidenceView>> evidenceByQuote,
			List<AppearanceView> appearances) {

	}

	record Claim(ClaimView claim, List<AppearanceView> appearances, List<EvidenceView> supports,
			List<EvidenceView> contradicts) {

		Balance balance() {
			return new Balance(this.supports.size(), this.contradicts.size());
		}

	}

	/** A person with their most recent quotes, and how many they have in all. */
	record Person(PersonView person, List<RaceView> races, List<TopicClaims> claimsByTopic, List<QuoteView> quotes,
			long quoteCount) {

	}

	record Quote(QuoteView quote, List<EvidenceView> evidence) {

	}

	@Transactional(readOnly = true)
	Article article(long id) {
		ArticleView article = this.articles.article(id);
		List<QuoteView> quotes = this.quotes.inArticle(id);
		List<AppearanceView> appearances = this.appearances.appearancesIn(id);
		Map<Long, List<EvidenceView>> evidence = this.evidence
			.evidenceOfQuotes(quotes.stream().map(QuoteView::id).toList())
			.stream()
			.collect(Collectors.groupingBy((e) -> e.quote().id(), LinkedHashMap::new, Collectors.toList()));
		return new Article(article, quotes, evidence, appearances);
	}

	@Transactional(readOnly = true)
	Claim claim(long id) {
		ClaimView claim = this.claims.claim(id);
		List<EvidenceView> evidence = this.evidence.evidenceFor(id);
		return new Claim(claim, this.appearances.appearancesOf(id),
				evidence.stream().filter(EvidenceView::supports).toList(),
				evidence.stream().filter((e) -> !e.supports()).toList());
	}

	@Transactional(readOnly = true)
	Person person(long id) {
		PersonView person = this.people.person(id);
		return new Person(person, this.people.racesOf(id),
				TopicClaims.of(this.claims.claims(new ClaimFilter(null, null, id))),
				this.quotes.recentBySpeaker(id, RECENT), this.quotes.countBySpeaker(id));
	}

	@Transactional(readOnly = true)
	Quote quote(long id) {
		return new Quote(this.quotes.quote(id), this.evidence.evidenceOfQuotes(List.of(id)));
	}

}
