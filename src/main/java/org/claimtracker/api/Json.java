package org.claimtracker.api;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.claim.AppearanceView;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimSummary;
import org.claimtracker.claim.EvidenceView;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteView;
import org.jspecify.annotations.Nullable;

/** The shapes of the read API's JSON: plain records, never entities. */
final class Json {

	private Json() {
	}

	record Page<T>(List<T> items, int page, int size, long total) {

	}

	record Speaker(long id, String name, @Nullable String party) {

	}

	record ArticleRef(long id, String title, String outlet, LocalDate published, String url) {

	}

	/**
	 * W3C Web Annotation selectors of a span: TextPositionSelector and TextQuoteSelector
	 * together.
	 */
	record Selector(int start, int end, String exact, String prefix, String suffix) {

	}

	record ClaimLink(long id, String statement, Stance stance, String rationale) {

		static ClaimLink from(EvidenceView e) {
			return new ClaimLink(e.claimId(), e.claimStatement(), e.stance(), e.rationale());
		}

	}

	record Quote(long id, QuoteKind kind, String text, Speaker speaker, @Nullable LocalDate saidOn,
			@Nullable String context, ArticleRef article, Selector selector, boolean needsReview,
			@Nullable List<ClaimLink> claims) {

		static Quote from(QuoteView q, @Nullable List<EvidenceView> evidence) {
			return new Quote(q.id(), q.kind(), q.exact(), new Speaker(q.speakerId(), q.speaker(), q.party()),
					q.saidOn(), q.context(),
					new ArticleRef(q.articleId(), q.articleTitle(), q.outlet(), q.publishedOn(), q.articleUrl()),
					new Selector(q.start(), q.end(), q.exact(), q.prefix(), q.suffix()), q.needsReview(),
					(evidence != null) ? evidence.stream().map(ClaimLink::from).toList() : null);
		}

	}

	record Appearance(long id, long claimId, String statement, ArticleRef article, Selector selector,
			boolean needsReview) {

		static Appearance from(AppearanceView a) {
			return new Appearance(a.id(), a.claimId(), a.claimStatement(),
					new ArticleRef(a.articleId(), a.articleTitle(), a.outlet(), a.publishedOn(), a.articleUrl()),
					new Selector(a.start(), a.end(), a.exact(), a.prefix(), a.suffix()), a.needsReview());
		}

	}

	record Article(long id, String title, String outlet, @Nullable String byline, LocalDate published, String url,
			String body, List<Quote> quotes, List<Appearance> appearances) {

	}

	record ArticleSummary(long id, String title, String outlet, LocalDate published) {

	}

	/**
	 * An evidence link; {@code version} is what If-Match names to change or remove it.
	 */
	record Evidence(long id, int version, Stance stance, String rationale, Quote quote) {

		static Evidence from(EvidenceView e) {
			return new Evidence(e.id(), e.version(), e.stance(), e.rationale(), Quote.from(e.quote(), null));
		}

	}

	record Claim(long id, String statement, ClaimKind kind, @Nullable Speaker subject, List<String> topics,
			long supports, long contradicts, List<Appearance> appearances, List<Evidence> evidence) {

	}

	record ClaimSummaryJson(long id, String statement, ClaimKind kind, @Nullable Long subjectId,
			@Nullable String subject, List<String> topics, long supports, long contradicts) {

		static ClaimSummaryJson from(ClaimSummary c) {
			return new ClaimSummaryJson(c.id(), c.statement(), c.kind(), c.subjectId(), c.subject(),
					c.topics().stream().map((t) -> t.slug()).toList(), c.balance().supports(),
					c.balance().contradicts());
		}

	}

	record Race(long id, String name, String office, @Nullable String state, @Nullable LocalDate runoff,
			List<Speaker> opponents) {

	}

	/**
	 * A person, the claims about them, their most recent quotes and how many quotes they
	 * have in all.
	 */
	record Person(long id, String name, @Nullable String party, @Nullable String description, List<Race> races,
			List<ClaimSummaryJson> claims, List<Quote> quotes, long quoteCount) {

	}

}
