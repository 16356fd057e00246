package org.claimtracker;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.claimtracker.article.ArticleService;
import org.claimtracker.article.NewArticle;
import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.Stance;
import org.claimtracker.claim.Topic;
import org.claimtracker.claim.TopicService;
import org.claimtracker.common.Publication;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * Makes what a test asserts on through the application's own services, under names no
 * other test uses, and removes it after the test: each test stands on its own data, not
 * on the demo data set's. Register it in a {@code @SpringBootTest} with
 * {@code @RegisterExtension final Fixtures make = new Fixtures();}.
 */
public final class Fixtures implements BeforeEachCallback, AfterEachCallback {

	/** Different in every test run, so that names stay apart from a run before. */
	private static final AtomicLong next = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

	/** The date articles are published on unless a test says otherwise. */
	public static final LocalDate PUBLISHED_ON = LocalDate.of(2024, 5, 6);

	/** Tables whose rows the fixtures remove, in an order that foreign keys allow. */
	private static final List<String> REMOVAL_ORDER = List.of("claim", "article", "race", "person", "outlet", "topic");

	private final Deque<Removal> made = new ArrayDeque<>();

	/** Addresses ({@code like} patterns) of articles the test adds other than here. */
	private final List<String> articlesAt = new ArrayList<>();

	private @Nullable ApplicationContext context;

	@Override
	public void beforeEach(ExtensionContext extension) {
		this.context = SpringExtension.getApplicationContext(extension);
	}

	/**
	 * Removes what was made, what refers to others before them; rows the test itself
	 * deleted are simply gone. Claims and articles take their evidence, appearances and
	 * quotes with them. In a test whose transaction is rolled back, the rollback removes
	 * it all.
	 */
	@Override
	public void afterEach(ExtensionContext extension) {
		if (TestTransaction.isActive() && TestTransaction.isFlaggedForRollback()) {
			this.made.clear();
			this.articlesAt.clear();
			return;
		}
		JdbcTemplate jdbc = bean(JdbcTemplate.class);
		for (String urls : this.articlesAt) {
			jdbc.queryForList("select distinct outlet_id from article where url like ?", Long.class, urls)
				.forEach((id) -> removeAfter("outlet", id));
			jdbc.queryForList("select id from article where url like ?", Long.class, urls)
				.forEach((id) -> removeAfter("article", id));
		}
		this.articlesAt.clear();
		for (String table : REMOVAL_ORDER) {
			for (Removal removal : this.made) {
				if (removal.table().equals(table)) {
					jdbc.update(
							"delete from " + table + " t where id = ?"
									+ (table.equals("outlet")
											? " and not exists (select from article a where a.outlet_id = t.id)" : ""),
							removal.id());
				}
			}
		}
		this.made.clear();
	}

	/** The words followed by a word no other name in this test run has. */
	public String unique(String words) {
		long n = next.incrementAndGet();
		StringBuilder word = new StringBuilder();
		do {
			word.append((char) ('a' + n % 26));
			n /= 26;
		}
		while (n > 0);
		word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
		return words + " " + word;
	}

	/** A published person of exactly that name. */
	public long person(String name) {
		return person(name, Publication.PUBLISHED);
	}

	/** A person of exactly that name, in that state. */
	public long person(String name, Publication status) {
		return person(name, null, null, status);
	}

	public long person(String name, @Nullable String party, @Nullable String description, Publication status) {
		long id = bean(PersonService.class).add(name, party, description, status).getId();
		removeAfter("person", id);
		return id;
	}

	/**
	 * A draft article of that body in an outlet of its own, published on
	 * {@link #PUBLISHED_ON}; {@link Article#publish()} publishes it with its quotes and
	 * evidence.
	 */
	public Article article(String body) {
		return article(body, PUBLISHED_ON);
	}

	public Article article(String body, LocalDate publishedOn) {
		String outlet = unique("Fixture Gazette");
		String url = "https://example.org/fixtures/" + outlet.substring(outlet.lastIndexOf(' ') + 1).toLowerCase();
		return article(new NewArticle(unique("Fixture article"), outlet, null, publishedOn, url, body));
	}

	/**
	 * A draft article of exactly those details; its outlet goes after it unless other
	 * articles are in it.
	 */
	public Article article(NewArticle details) {
		long id = bean(ArticleService.class).create(details);
		removeAfter("outlet",
				bean(JdbcTemplate.class).queryForObject("select outlet_id from article where id = ?", Long.class, id));
		removeAfter("article", id);
		return new Article(id, details.body());
	}

	/** A draft factual claim of that statement. */
	public long claim(String statement) {
		return claim(new ClaimDraft(statement, ClaimKind.FACTUAL, null, Set.of()));
	}

	public long claim(ClaimDraft draft) {
		long id = bean(ClaimService.class).create(draft);
		removeAfter("claim", id);
		return id;
	}

	/** A published topic of exactly that name. */
	public long topic(String name) {
		Topic topic = new Topic(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), name);
		topic.setStatus(Publication.PUBLISHED);
		long id = bean(TopicService.class).add(topic).getId();
		removeAfter("topic", id);
		return id;
	}

	/** Draft evidence that the quote gives the claim. */
	public long evidence(long quote, long claim, Stance stance) {
		return bean(EvidenceService.class).link(quote, claim, stance, "The fixture says so.");
	}

	/** Publishes the claim (and its subject). */
	public void publishClaim(long claim) {
		bean(ClaimService.class).publish(claim);
	}

	/**
	 * The newsroom's draft rating of the claim, given by an editor named "rater"; it is
	 * published with the claim.
	 */
	public void rating(long claim, String name, String rationale) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("rater", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		try {
			bean(RatingService.class).rate(claim, null, name, rationale);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Removes after the test the articles whose address is like the pattern, with the
	 * outlets they alone are in: for what the test adds through an import, however many.
	 */
	public void removeArticlesAt(String urlPattern) {
		this.articlesAt.add(urlPattern);
	}

	/**
	 * Removes the row after the test too: for what the test makes through the pages
	 * rather than here. The table is one of {@link #REMOVAL_ORDER}.
	 */
	public void removeAfter(String table, long id) {
		if (!REMOVAL_ORDER.contains(table)) {
			throw new IllegalArgumentException("Fixtures do not remove rows of " + table);
		}
		this.made.push(new Removal(table, id));
	}

	private <T> T bean(Class<T> type) {
		if (this.context == null) {
			throw new IllegalStateException("Register Fixtures with @RegisterExtension in a Spring test");
		}
		return this.context.getBean(type);
	}

	private record Removal(String table, long id) {

	}

	/** An article made for a test, to mark quotes and appearances in. */
	public final class Article {

		private final long id;

		private final String body;

		Article(long id, String body) {
			this.id = id;
			this.body = body;
		}

		public long id() {
			return this.id;
		}

		public String body() {
			return this.body;
		}

		/** Where the words first are in the body. */
		public int start(String words) {
			int start = this.body.indexOf(words);
			if (start < 0) {
				throw new IllegalArgumentException("The article does not say: " + words);
			}
			return start;
		}

		/** A draft direct quote of the body's first such words, by that speaker. */
		public long quote(String words, long speaker) {
			return quote(words, speaker, QuoteKind.DIRECT);
		}

		public long quote(String words, long speaker, QuoteKind kind) {
			return quote(newQuote(words, speaker, kind));
		}

		/** Saves the quote as {@link QuoteService#create} does. */
		public long quote(NewQuote quote) {
			return bean(QuoteService.class).create(quote);
		}

		/** The quote an editor would mark of those words, not yet saved. */
		public NewQuote newQuote(String words, long speaker, QuoteKind kind) {
			int start = start(words);
			return new NewQuote(this.id, speaker, kind, null, null, start, start + words.length(), words);
		}

		/** A draft appearance of the claim at the body's first such words. */
		public long appearance(long claim, String words) {
			int start = start(words);
			return bean(AppearanceService.class).mark(this.id, claim, start, start + words.length(), words);
		}

		/** Publishes the article with its quotes, evidence and appearances. */
		public Article publish() {
			bean(ArticleService.class).publish(this.id);
			bean(QuoteService.class).publishInArticle(this.id);
			bean(EvidenceService.class).publishInArticle(this.id);
			bean(AppearanceService.class).publishInArticle(this.id);
			return this;
		}

	}

}
