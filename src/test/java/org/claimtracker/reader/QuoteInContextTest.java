package org.claimtracker.reader;

import jakarta.persistence.EntityManager;
import org.claimtracker.DemoIds;
import org.claimtracker.article.Article;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextAnchor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * A quote's page shows it in the article's words, every paragraph it runs over. Rolled
 * back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class QuoteInContextTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void aQuoteOverSeveralParagraphsIsShownInAllOfThem() throws Exception {
		DemoIds ids = new DemoIds(this.jdbc);
		Article article = this.entities.find(Article.class, ids.article());
		String body = article.getBody();
		int start = body.indexOf("There have to be bonds of trust");
		int end = body.indexOf("We can’t have a situation") + "We can’t have a situation".length();
		Quote quote = new Quote(article, this.entities.find(Person.class, ids.person("Jon Ossoff")), QuoteKind.DIRECT,
				null, null, TextAnchor.of(body, start, end));
		quote.setStatus(Publication.PUBLISHED);
		this.entities.persist(quote);
		this.entities.flush();

		Document page = Jsoup.parse(this.mvc.perform(get("/quotes/" + quote.getId()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".in-context")).hasSize(2);
		assertThat(page.select(".in-context mark").eachText()).containsExactly(
				"There have to be bonds of trust between local communities and local law enforcement.”",
				"We can’t have a situation");
		assertThat(page.select(".in-context").last().text()).startsWith("We can’t have a situation where");
	}

}
