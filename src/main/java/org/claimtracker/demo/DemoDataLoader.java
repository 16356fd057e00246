package org.claimtracker.demo;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.Outlet;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimAppearance;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.Evidence;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.Stance;
import org.claimtracker.claim.Topic;
import org.claimtracker.claim.TopicService;
import org.claimtracker.demo.DemoData.CandidateData;
import org.claimtracker.demo.DemoData.ClaimData;
import org.claimtracker.demo.DemoData.EvidenceData;
import org.claimtracker.demo.DemoData.PersonData;
import org.claimtracker.demo.DemoData.QuoteData;
import org.claimtracker.demo.DemoData.RaceData;
import org.claimtracker.demo.DemoData.SpanData;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.person.PersonService;
import org.claimtracker.person.Race;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.TextAnchor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data set, all of it published, in one transaction: either every row goes
 * in or none does. An article already present (same URL) means the set was loaded before,
 * and nothing happens.
 */
@Service
public class DemoDataLoader {

	private static final Publication PUBLISHED = Publication.PUBLISHED;

	private final ArticleService articles;

	private final PersonService people;

	private final QuoteService quotes;

	private final TopicService topics;

	private final ClaimService claims;

	private final AppearanceService appearances;

	private final EvidenceService evidence;

	DemoDataLoader(ArticleService articles, PersonService people, QuoteService quotes, TopicService topics,
			ClaimService claims, AppearanceService appearances, EvidenceService evidence) {
		this.articles = articles;
		this.people = people;
		this.quotes = quotes;
		this.topics = topics;
		this.claims = claims;
		this.appearances = appearances;
		this.evidence = evidence;
	}

	/** Loads the set unless its article is already there; says whether it loaded. */
	@Transactional
	public boolean load(DemoData data) {
		String body = bodyOf(data);
		verifyAnchors(data, body);
		if (this.articles.existsByUrl(data.article().url())) {
			return false;
		}
		Map<String, Person> personByKey = new HashMap<>();
		Set<String> referredTo = data.peopleReferredTo();
		for (PersonData p : data.people()) {
			// a person is someone quoted or written about: the article's author, listed
			// among the people too, stays its byline
			if (referredTo.contains(p.key())) {
				personByKey.put(p.key(), this.people.add(p.name(), p.party(), p.note(), PUBLISHED));
			}
		}
		for (RaceData r : data.races()) {
			Race race = new Race(r.key(), r.name(), r.office(), r.state(), r.election(), r.runoff());
			race.setStatus(PUBLISHED);
			for (CandidateData c : r.candidates()) {
				race.addCandidate(find(personByKey, c.person(), "race " + r.key()), c.party(), c.isIncumbent());
			}
			this.people.add(race);
		}
		Map<String, Topic> topicByName = new HashMap<>();
		for (String name : data.topics()) {
			Topic topic = new Topic(slug(name), name);
			topic.setStatus(PUBLISHED);
			topicByName.put(name, this.topics.add(topic));
		}
		Outlet outlet = this.articles.outletNamed(data.article().outlet(), PUBLISHED);
		Article article = this.articles.add(outlet, data.article().title(), data.article().author(),
				data.article().published(), data.article().url(), body, PUBLISHED);
		Map<String, Quote> quoteByKey = new HashMap<>();
		for (QuoteData q : data.quotes()) {
			Quote quote = new Quote(article, find(personByKey, q.speaker(), "quote " + q.key()),
					QuoteKind.valueOf(q.kind()), q.saidOn(), q.context(), TextAnchor.of(body, q.start(), q.end()));
			quote.setStatus(PUBLISHED);
			quoteByKey.put(q.key(), this.quotes.add(quote));
		}
		Map<String, Claim> claimByKey = new HashMap<>();
		for (ClaimData c : data.claims()) {
			Set<Topic> topics = new LinkedHashSet<>();
			c.topics().forEach((name) -> topics.add(find(topicByName, name, "claim " + c.key())));
			Person subject = (c.subject() != null) ? find(personByKey, c.subject(), "claim " + c.key()) : null;
			Claim claim = new Claim(c.statement(), ClaimKind.valueOf(c.kind()), subject, topics);
			claim.setStatus(PUBLISHED);
			claimByKey.put(c.key(), this.claims.add(claim));
			for (SpanData span : c.appearances()) {
				ClaimAppearance appearance = new ClaimAppearance(claim, article,
						TextAnchor.of(body, span.start(), span.end()));
				appearance.setStatus(PUBLISHED);
				this.appearances.add(appearance);
			}
		}
		for (EvidenceData e : data.evidence()) {
			String where = "evidence " + e.quote() + "→" + e.claim();
			Evidence link = new Evidence(find(quoteByKey, e.quote(), where), find(claimByKey, e.claim(), where),
					Stance.valueOf(e.stance()), e.rationale());
			link.setStatus(PUBLISHED);
			this.evidence.add(link);
		}
		return true;
	}

	/**
	 * Loads the follow-up articles not loaded yet, all published, after the seed set
	 * (their speakers are its people); answers how many it loaded. Each quote joins the
	 * utterance of the seed's quote it repeats as it is saved.
	 */
	@Transactional
	public int loadFollowUps(DemoFollowUps followUps) {
		int loaded = 0;
		for (DemoFollowUps.FollowUp f : followUps.articles()) {
			String body = f.body();
			if (body == null) {
				throw new DemoDataException("The follow-up " + f.url() + " has no body");
			}
			if (this.articles.existsByUrl(f.url())) {
				continue;
			}
			Article article = this.articles.add(this.articles.outletNamed(f.outlet(), PUBLISHED), f.title(), f.author(),
					f.published(), f.url(), body, PUBLISHED);
			for (DemoFollowUps.FollowUpQuote q : f.quotes()) {
				int start = body.indexOf(q.exact());
				if (start < 0 || body.indexOf(q.exact(), start + 1) >= 0) {
					throw new DemoDataException(
							"The follow-up " + f.url() + " does not say exactly once: " + q.exact());
				}
				Person speaker = this.people.speakerNamed(q.speaker(), null);
				if (!speaker.isPublished()) {
					throw new DemoDataException(
							"The follow-up " + f.url() + " quotes someone not in the demo data set: " + q.speaker());
				}
				Quote quote = new Quote(article, speaker, QuoteKind.valueOf(q.kind()), q.saidOn(), q.context(),
						TextAnchor.of(body, start, start + q.exact().length()));
				quote.setStatus(PUBLISHED);
				this.quotes.add(quote);
			}
			loaded++;
		}
		return loaded;
	}

	private static String bodyOf(DemoData data) {
		if (data.body() == null) {
			throw new DemoDataException("The demo data has no article body");
		}
		return data.body();
	}

	/** Refuses the whole set when any span is not exactly where it says it is. */
	static void verifyAnchors(DemoData data, String body) {
		for (QuoteData q : data.quotes()) {
			verifySpan("Quote " + q.key(), body, q.start(), q.end(), q.exact());
		}
		for (ClaimData c : data.claims()) {
			for (SpanData span : c.appearances()) {
				verifySpan("Appearance of claim " + c.key(), body, span.start(), span.end(), span.exact());
			}
		}
	}

	private static void verifySpan(String what, String body, int start, int end, String exact) {
		boolean fits = 0 <= start && start < end && end <= body.length();
		if (!fits || !body.substring(start, end).equals(exact)) {
			String found = fits ? body.substring(start, end) : "nothing: the span lies outside the body";
			throw new DemoDataException(what + " is not anchored: [" + start + ", " + end + ") holds \"" + found
					+ "\" but the annotation says \"" + exact + "\"");
		}
	}

	private static <T> T find(Map<String, T> byKey, @Nullable String key, String where) {
		T value = byKey.get(key);
		if (value == null) {
			throw new DemoDataException("Unknown key '" + key + "' in " + where);
		}
		return value;
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

}
