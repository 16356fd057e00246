package org.claimtracker.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.claimtracker.DemoIds;
import org.claimtracker.article.Article;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Evidence;
import org.claimtracker.claim.Stance;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextAnchor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each reader page runs a small, fixed number of SQL statements, however much data there
 * is.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Transactional
class QueryCountTest {

	static final int MOST = 7;

	/**
	 * A person's page also reads their quotes' evidence and its claims' topics, for their
	 * positions over time.
	 */
	static final int MOST_FOR_A_PERSON = MOST + 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entities;

	@Autowired
	EntityManagerFactory factory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesRunTheSameQueriesWithMoreData() throws Exception {
		DemoIds ids = new DemoIds(this.jdbc);
		// more claims than a page of the list holds, and more quotes than a person's page
		// shows, from the start; the quotes take turns supporting and contradicting a
		// claim, so that the person's and the race's timelines have changes of position
		addQuotesAndClaims(ids, ArticleController.PAGE_SIZE);
		Map<String, Long> before = statementsPerPage(ids);
		addQuotesAndClaims(ids, 12);
		Map<String, Long> after = statementsPerPage(ids);

		assertThat(after).isEqualTo(before);
		String person = "/people/" + ids.person("Jon Ossoff");
		before.forEach((path, count) -> assertThat(count).as(path)
			.isBetween(1L, (long) (path.equals(person) ? MOST_FOR_A_PERSON : MOST)));
	}

	private Map<String, Long> statementsPerPage(DemoIds ids) throws Exception {
		long race = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'", Long.class);
		Statistics statistics = this.factory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String path : new String[] { "/", "/articles", "/articles/" + ids.article(),
				"/claims/" + ids.claim("Jon Ossoff opposes"), "/claims", "/people", "/races",
				"/people/" + ids.person("Jon Ossoff"), "/races/" + race, "/quotes/" + ids.quote("I think that federal"),
				"/topics/immigration", "/api/v1/articles/" + ids.article() }) {
			this.entities.flush();
			this.entities.clear();
			statistics.clear();
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
				.andExpect(status().isOk());
			counts.put(path, statistics.getPrepareStatementCount());
		}
		return counts;
	}

	private void addQuotesAndClaims(DemoIds ids, int n) {
		Article article = this.entities.find(Article.class, ids.article());
		Person ossoff = this.entities.find(Person.class, ids.person("Jon Ossoff"));
		Claim opposes = this.entities.find(Claim.class, ids.claim("Jon Ossoff opposes"));
		for (int i = 0; i < n; i++) {
			Quote quote = new Quote(article, ossoff, QuoteKind.values()[i % 3], null, null,
					TextAnchor.of(article.getBody(), 10 * i, 10 * i + 25));
			quote.setStatus(Publication.PUBLISHED);
			this.entities.persist(quote);
			Claim claim = new Claim("Extra claim " + i, ClaimKind.POSITION, ossoff, Set.copyOf(opposes.getTopics()));
			claim.setStatus(Publication.PUBLISHED);
			this.entities.persist(claim);
			for (Claim target : new Claim[] { claim, opposes }) {
				Evidence link = new Evidence(quote, target, (i % 2 == 0) ? Stance.SUPPORTS : Stance.CONTRADICTS,
						"r" + i);
				link.setStatus(Publication.PUBLISHED);
				this.entities.persist(link);
			}
		}
		this.entities.flush();
	}

}
