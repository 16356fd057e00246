package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtracker.article.ArticleSummary;
import org.claimtracker.article.OutletName;
import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.ClaimView;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.Stance;
import org.claimtracker.claim.TopicView;
import org.claimtracker.person.PersonView;
import org.claimtracker.person.RaceView;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the read API's JSON: plain records, never entities. A person, an outlet,
 * a topic, an article or a claim has one shape wherever it appears, as an item of its own
 * list or inside another item (docs/api.md, "Names and shapes").
 */
final class Json {

	private Json() {
	}

	@Schema(description = "One page of a list: its items, which page this is (from 1), the page size asked, "
			+ "and how many items there are in all")
	record Page<T>(List<T> items, @Schema(example = "1") int page, @Schema(example = "20") int size,
			@Schema(example = "1") long total) {

	}

	@Schema(name = "PersonRef", description = "A person, wherever one appears: a quote's speaker, a claim's subject, "
			+ "a race's candidate, an item of /api/v1/people")
	record PersonRef(@Schema(example = "2") long id, @Schema(example = "Jon Ossoff") String name,
			@Schema(example = "Democratic") @Nullable String party) {

		static PersonRef from(PersonView p) {
			return new PersonRef(p.id(), p.name(), p.party());
		}

		static @Nullable PersonRef ofSubject(@Nullable Long id, @Nullable String name, @Nullable String party) {
			return (id != null && name != null) ? new PersonRef(id, name, party) : null;
		}

	}

	@Schema(name = "Outlet", description = "A news organisation that publishes articles, wherever one appears")
	record Outlet(@Schema(example = "1") long id, @Schema(example = "Breitbart News") String name) {

		static Outlet from(OutletName o) {
			return new Outlet(o.id(), o.name());
		}

	}

	@Schema(name = "Topic", description = "A topic claims are filed under, wherever one appears")
	record Topic(@Schema(example = "3") long id, @Schema(example = "immigration") String slug,
			@Schema(example = "Immigration") String name) {

		static Topic from(TopicView t) {
			return new Topic(t.id(), t.slug(), t.name());
		}

		static List<Topic> of(List<TopicView> topics) {
			return topics.stream().map(Topic::from).toList();
		}

	}

	@Schema(name = "ClaimRef", description = "A claim named inside another item: its id and statement")
	record ClaimRef(@Schema(example = "3") long id,
			@Schema(example = "Under 287(g), local police act as immigration agents.") String statement) {

	}

	@Schema(name = "ArticleRef", description = "The article a quote or a claim appearance is in")
	record ArticleRef(@Schema(example = "1") long id,
			@Schema(example = "Ossoff: ICE program would be ended") String title, Outlet outlet,
			@Schema(example = "2020-12-14") LocalDate published,
			@Schema(example = "https://www.breitbart.com/politics/2020/12/14/ossoff-ice/") String url) {

		static ArticleRef of(QuoteView q) {
			return new ArticleRef(q.articleId(), q.articleTitle(), new Outlet(q.outletId(), q.outlet()),
					q.publishedOn(), q.articleUrl());
		}

		static ArticleRef of(AppearanceView a) {
			return new ArticleRef(a.articleId(), a.articleTitle(), new Outlet(a.outletId(), a.outlet()),
					a.publishedOn(), a.articleUrl());
		}

	}

	/**
	 * W3C Web Annotation selectors of a span: TextPositionSelector and TextQuoteSelector
	 * together.
	 */
	@Schema(description = "Where a span sits in its article's body: UTF-16 offsets [start, end) "
			+ "(W3C TextPositionSelector) and its words with up to 32 characters either side "
			+ "(W3C TextQuoteSelector)")
	record Selector(@Schema(example = "529") int start, @Schema(example = "696") int end,
			@Schema(example = "I think that federal immigration agents") String exact,
			@Schema(example = "s for arrest and deportation.\n\n“") String prefix,
			@Schema(example = ",” Ossoff said.") String suffix) {

	}

	@Schema(name = "ClaimLink", description = "A claim a quote bears on, with the stance and rationale of the link")
	record ClaimLink(@Schema(description = "The claim's id", example = "3") long id,
			@Schema(example = "Under 287(g), local police act as immigration agents.") String statement, Stance stance,
			@Schema(example = "He says the program makes deputies do ICE's work.") String rationale) {

		static ClaimLink from(EvidenceView e) {
			return new ClaimLink(e.claimId(), e.claimStatement(), e.stance(), e.rationale());
		}

	}

	@Schema(name = "Quote", description = "A quote: its words, who said them, where and when, and the claims it "
			+ "bears on (left out where the quote is itself evidence of a claim)")
	record Quote(@Schema(example = "5") long id, QuoteKind kind,
			@Schema(example = "We can’t have a situation where local police act as immigration agents") String text,
			PersonRef speaker, @Schema(example = "2020-12-13") @Nullable LocalDate saidOn,
			@Schema(example = "At a rally in Atlanta") @Nullable String context, ArticleRef article, Selector selector,
			@Schema(description = "The words were lost in a correction: the selector holds the words and offsets of "
					+ "the text they were marked in") boolean needsReview,
			@Nullable List<ClaimLink> claims) {

		static Quote from(QuoteView q, @Nullable List<EvidenceView> evidence) {
			return new Quote(q.id(), q.kind(), q.exact(), new PersonRef(q.speakerId(), q.speaker(), q.party()),
					q.saidOn(), q.context(), ArticleRef.of(q),
					new Selector(q.start(), q.end(), q.exact(), q.prefix(), q.suffix()), q.needsReview(),
					(evidence != null) ? evidence.stream().map(ClaimLink::from).toList() : null);
		}

	}

	@Schema(name = "Appearance", description = "Where an article itself asserts a claim")
	record Appearance(@Schema(example = "2") long id, ClaimRef claim, ArticleRef article, Selector selector,
			boolean needsReview) {

		static Appearance from(AppearanceView a) {
			return new Appearance(a.id(), new ClaimRef(a.claimId(), a.claimStatement()), ArticleRef.of(a),
					new Selector(a.start(), a.end(), a.exact(), a.prefix(), a.suffix()), a.needsReview());
		}

	}

	@Schema(name = "Article", description = "An article with its text, quotes and claim appearances")
	record Article(@Schema(example = "1") long id, @Schema(example = "Ossoff: ICE program would be ended") String title,
			Outlet outlet, @Schema(example = "Penny Starr") @Nullable String byline,
			@Schema(example = "2020-12-14") LocalDate published,
			@Schema(example = "https://www.breitbart.com/politics/2020/12/14/ossoff-ice/") String url,
			@Schema(description = "The text, paragraphs separated by a blank line") String body, List<Quote> quotes,
			List<Appearance> appearances) {

	}

	@Schema(name = "ArticleSummary", description = "An article in a list")
	record ArticleSummary(@Schema(example = "1") long id,
			@Schema(example = "Ossoff: ICE program would be ended") String title, Outlet outlet,
			@Schema(example = "2020-12-14") LocalDate published) {

		static ArticleSummary from(org.claimtracker.article.ArticleSummary a) {
			return new ArticleSummary(a.id(), a.title(), new Outlet(a.outletId(), a.outlet()), a.publishedOn());
		}

	}

	/**
	 * An evidence link; {@code version} is what If-Match names to change or remove it.
	 */
	@Schema(name = "Evidence", description = "A quote linked to a claim: it supports or contradicts it, and why; "
			+ "version is what If-Match names to change or remove the link")
	record Evidence(@Schema(example = "4") long id, @Schema(example = "0") int version, Stance stance,
			@Schema(example = "He says the program makes deputies do ICE's work.") String rationale, Quote quote) {

		static Evidence from(EvidenceView e) {
			return new Evidence(e.id(), e.version(), e.stance(), e.rationale(), Quote.from(e.quote(), null));
		}

	}

	@Schema(name = "Claim", description = "A claim with its appearances and evidence; supports and contradicts count "
			+ "the evidence, and are no verdict")
	record Claim(@Schema(example = "3") long id,
			@Schema(example = "Under 287(g), local police act as immigration agents.") String statement, ClaimKind kind,
			@Nullable PersonRef subject, List<Topic> topics, @Schema(example = "0") long supports,
			@Schema(example = "1") long contradicts, List<Appearance> appearances, List<Evidence> evidence) {

		static Claim from(ClaimView c, long supports, long contradicts, List<Appearance> appearances,
				List<Evidence> evidence) {
			return new Claim(c.id(), c.statement(), c.kind(),
					PersonRef.ofSubject(c.subjectId(), c.subject(), c.subjectParty()), Topic.of(c.topics()), supports,
					contradicts, appearances, evidence);
		}

	}

	@Schema(name = "ClaimSummary", description = "A claim in a list, with its evidence counted")
	record ClaimSummaryJson(@Schema(example = "3") long id,
			@Schema(example = "Under 287(g), local police act as immigration agents.") String statement, ClaimKind kind,
			@Nullable PersonRef subject, List<Topic> topics, @Schema(example = "0") long supports,
			@Schema(example = "1") long contradicts) {

		static ClaimSummaryJson from(ClaimSummary c) {
			return new ClaimSummaryJson(c.id(), c.statement(), c.kind(),
					PersonRef.ofSubject(c.subjectId(), c.subject(), c.subjectParty()), Topic.of(c.topics()),
					c.balance().supports(), c.balance().contradicts());
		}

	}

	@Schema(name = "Candidate", description = "A person standing in a race, for the party they stand for")
	record Candidate(PersonRef person, @Schema(example = "Democratic") @Nullable String party, boolean incumbent) {

	}

	@Schema(name = "Race", description = "An election contest for one office, with its candidates (incumbents "
			+ "first), wherever one appears")
	record Race(@Schema(example = "1") long id, @Schema(example = "georgia-senate-2020") String slug,
			@Schema(example = "U.S. Senate, Georgia (2020)") String name,
			@Schema(example = "U.S. Senate") String office, @Schema(example = "GA") @Nullable String state,
			@Nullable String district, @Schema(example = "2020-11-03") @Nullable LocalDate election,
			@Schema(example = "2021-01-05") @Nullable LocalDate runoff, List<Candidate> candidates) {

		static Race from(RaceView r) {
			return new Race(r.id(), r.slug(), r.name(), r.office(), r.state(), r.district(), r.electionOn(),
					r.runoffOn(),
					r.candidates()
						.stream()
						.map((c) -> new Candidate(new PersonRef(c.personId(), c.name(), c.personParty()), c.party(),
								c.incumbent()))
						.toList());
		}

	}

	/**
	 * A person, the claims about them, their most recent quotes and how many quotes they
	 * have in all.
	 */
	@Schema(name = "Person", description = "A person, the races they stand in, the claims about them, their 20 most "
			+ "recent quotes and how many quotes they have in all")
	record Person(@Schema(example = "2") long id, @Schema(example = "Jon Ossoff") String name,
			@Schema(example = "Democratic") @Nullable String party,
			@Schema(example = "Candidate for U.S. Senate") @Nullable String description, List<Race> races,
			List<ClaimSummaryJson> claims, List<Quote> quotes, @Schema(example = "6") long quoteCount) {

	}

}
