package org.claimtracker.reader;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.claimtracker.Fixtures;
import org.claimtracker.article.Article;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.TextAnchor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

/**
 * The claim list's "About" filter offers the people quoted or written about in claims,
 * not everyone who has a row: a candidate never quoted, or a name listed for another
 * reason, would only ever show an empty list. Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ClaimSubjectChoicesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void onlyPeopleQuotedOrTheSubjectOfAClaimAreOffered() throws Exception {
		assertThat(choices(get("/claims"))).containsExactly("Chuck Schumer", "Jon Ossoff");
	}

	@Test
	void aPersonAskedForInTheAddressStaysChosen() throws Exception {
		// published, but neither quoted nor the subject of a claim
		String name = this.make.unique("Petra Unquoted");
		long person = this.make.person(name);
		Document page = page(get("/claims?subject=" + person));
		assertThat(page.select("select[name=subject] option[selected]").text()).isEqualTo(name);
		assertThat(page.select(".claim-list > li")).isEmpty();
	}

	@Test
	void draftsCountForEditorsOnly() throws Exception {
		Article article = this.entities.find(Article.class,
				this.make.article("The draft quote's words are in this published article.").publish().id());
		Person quoted = new Person("Quoted In A Draft", null, null);
		Person subject = new Person("Subject Of A Draft", null, null);
		for (Person person : new Person[] { quoted, subject }) {
			person.setStatus(Publication.PUBLISHED);
			this.entities.persist(person);
		}
		Quote quote = new Quote(article, quoted, QuoteKind.PARAPHRASE, null, null,
				TextAnchor.of(article.getBody(), 0, 20));
		quote.setStatus(Publication.DRAFT);
		this.entities.persist(quote);
		Claim claim = new Claim("A draft claim.", ClaimKind.POSITION, subject, Set.of());
		claim.setStatus(Publication.DRAFT);
		this.entities.persist(claim);
		this.entities.flush();

		assertThat(choices(get("/claims"))).doesNotContain("Quoted In A Draft", "Subject Of A Draft");
		assertThat(choices(get("/claims").with(user("ed").roles("EDITOR")))).contains("Quoted In A Draft",
				"Subject Of A Draft");
	}

	private List<String> choices(MockHttpServletRequestBuilder request) throws Exception {
		return page(request).select("select[name=subject] option[value~=.]").eachText();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getContentAsString());
	}

}
