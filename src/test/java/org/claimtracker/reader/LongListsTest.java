package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimtracker.pages.PageService;
import jakarta.persistence.EntityManager;
import org.claimtracker.Fixtures;
import org.claimtracker.article.Article;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Evidence;
import org.claimtracker.claim.Stance;
import org.claimtracker.claim.Topic;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextAnchor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages whose lists grow with the data stay short: the claim list pages, a person's and a
 * topic's page show their most recent quotes and send to search for the rest. Rolled back
 * after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LongListsTest {

	static final int ADDED = 25;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	/** The speaker of the quotes added, and the subject of their claims. */
	String name;

	long speaker;

	/** The topic of the claims added, by its slug. */
	String topic;

	long topicId;

	/** The article the quotes are marked in. */
	long article;

	@BeforeEach
	void speakerTopicAndArticle() {
		this.name = this.make.unique("Lena Longlist");
		this.speaker = this.make.person(this.name);
		String topicName = this.make.unique("Long topic");
		this.topicId = this.make.topic(topicName);
		this.topic = this.entities.find(Topic.class, this.topicId).getSlug();
		this.article = this.make.article("The mayor spoke again. ".repeat(20)).publish().id();
	}

	@Test
	void theClaimListPagesAndKeepsItsFilters() throws Exception {
		add(Publication.PUBLISHED);
		long claims = this.jdbc.queryForObject("select count(*) from claim where status = 'PUBLISHED'", Long.class);
		Document first = page(get("/claims"));
		assertThat(first.select(".claim-list > li")).hasSize(ArticleController.PAGE_SIZE);
		assertThat(first.select(".pager span").text()).isEqualTo("Page 1 of 2");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/claims?page=2");
		Document second = page(get("/claims?page=2"));
		assertThat(second.select(".claim-list > li")).hasSize((int) claims - ArticleController.PAGE_SIZE);
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/claims");
		String past = this.mvc.perform(get("/claims?page=3"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(past).select(".error-page").text()).contains("page must be between 1 and 2");
		// someone with no claims: one empty page
		long nobody = this.make.person(this.make.unique("Nadia Noclaims"));
		this.mvc.perform(get("/claims?kind=FACTUAL&subject=" + nobody + "&page=1")).andExpect(status().isOk());
		this.mvc.perform(get("/claims?kind=FACTUAL&subject=" + nobody + "&page=2")).andExpect(status().isBadRequest());
		Document filtered = page(get("/claims?topic=" + this.topic + "&kind=POSITION&subject="));
		assertThat(filtered.select(".pager a[rel=next]").attr("href"))
			.isEqualTo("/claims?topic=" + this.topic + "&kind=POSITION&page=2");
	}

	@Test
	void laterPagesOfAListSayWhichInTheirTitle() throws Exception {
		add(Publication.PUBLISHED);
		Article demo = this.entities.find(Article.class, this.article);
		for (int i = 0; i < ArticleController.PAGE_SIZE; i++) {
			Article article = new Article(demo.getOutlet(), "Added article " + i, null, LocalDate.of(2021, 1, 1),
					"https://example.org/added/" + i, "Body " + i + ".");
			article.setStatus(Publication.PUBLISHED);
			this.entities.persist(article);
		}
		this.entities.flush();
		assertThat(page(get("/articles")).title()).isEqualTo("Articles — ClaimTracker");
		assertThat(page(get("/articles?page=2")).title()).isEqualTo("Articles — page 2 — ClaimTracker");
		assertThat(page(get("/claims?page=1")).title()).isEqualTo("Claims — ClaimTracker");
		assertThat(page(get("/claims?topic=" + this.topic + "&page=2")).title())
			.isEqualTo("Claims — page 2 — ClaimTracker");
	}

	@Test
	void aPersonsPageShowsTheirMostRecentQuotesAndSendsToSearchForAll() throws Exception {
		List<Long> added = add(Publication.PUBLISHED);
		long quotes = this.jdbc.queryForObject("select count(*) from quote where speaker_id = ? and listed", Long.class,
				this.speaker);
		Document page = page(get("/people/" + this.speaker));
		List<String> shown = page.select("#quotes ~ ol .quote-item blockquote a").eachAttr("href");
		assertThat(shown).hasSize(PageService.RECENT)
			.startsWith("/quotes/" + added.get(ADDED - 1), "/quotes/" + added.get(ADDED - 2));
		assertThat(page.select("#quotes ~ p.meta").text()).contains("The 20 most recent of " + quotes + " quotes.");
		assertThat(page.select("#quotes ~ p.meta a").attr("href"))
			.isEqualTo("/search?speaker=" + this.name.replace(" ", "%20") + "&sort=newest");
	}

	@Test
	void editorsSeeTheMostRecentDraftsFirstAndCountThem() throws Exception {
		// a published quote too, said before the drafts: readers see just that one
		Fixtures.Article earlier = this.make.article("The mayor said the roads will be fixed.",
				LocalDate.of(2020, 1, 1));
		earlier.quote("the roads will be fixed", this.speaker);
		earlier.publish();
		List<Long> added = add(Publication.DRAFT);
		long all = this.jdbc.queryForObject("select count(*) from quote where speaker_id = ?", Long.class,
				this.speaker);
		Document page = page(get("/people/" + this.speaker).with(user("editor").roles("EDITOR")));
		assertThat(page.select("#quotes ~ ol .quote-item blockquote a").eachAttr("href")).hasSize(PageService.RECENT)
			.startsWith("/quotes/" + added.get(ADDED - 1), "/quotes/" + added.get(ADDED - 2));
		assertThat(page.select("#quotes ~ p.meta").text()).contains("of " + all + " quotes.");
		assertThat(page(get("/people/" + this.speaker)).select("#quotes ~ p.meta")).isEmpty();
	}

	@Test
	void aTopicsPageShowsTheMostRecentQuotesOnItsClaims() throws Exception {
		List<Long> added = add(Publication.PUBLISHED);
		Document page = page(get("/topics/" + this.topic));
		assertThat(page.select(".topic-evidence > li")).hasSize(PageService.RECENT);
		assertThat(page.select(".topic-evidence > li").first().select("a[href^=/quotes/]").attr("href"))
			.isEqualTo("/quotes/" + added.get(ADDED - 1));
		assertThat(page.select("#quotes ~ p.meta a").attr("href"))
			.isEqualTo("/search?topic=" + this.topic + "&sort=newest");
	}

	/**
	 * Adds quotes by the speaker said on later and later days, each the evidence of a new
	 * claim on the topic; returns their ids, the most recent last.
	 */
	private List<Long> add(Publication status) {
		Article article = this.entities.find(Article.class, this.article);
		Person speaker = this.entities.find(Person.class, this.speaker);
		Topic topic = this.entities.find(Topic.class, this.topicId);
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < ADDED; i++) {
			Quote quote = new Quote(article, speaker, QuoteKind.DIRECT, LocalDate.of(2021, 1, 1).plusDays(i), null,
					TextAnchor.of(article.getBody(), 10 * i, 10 * i + 25));
			quote.setStatus(status);
			this.entities.persist(quote);
			Claim claim = new Claim("Added claim " + i, ClaimKind.POSITION, speaker, Set.of(topic));
			claim.setStatus(status);
			this.entities.persist(claim);
			Evidence link = new Evidence(quote, claim, Stance.SUPPORTS, "Added " + i);
			link.setStatus(status);
			this.entities.persist(link);
			added.add(quote.getId());
		}
		this.entities.flush();
		return added;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString());
	}

}
