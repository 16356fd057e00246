package org.claimtracker.reader;

import java.util.Set;

import jakarta.persistence.EntityManager;
import org.claimtracker.DemoIds;
import org.claimtracker.claim.Claim;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.common.Publication;
import org.claimtracker.person.Person;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A person's page lists every published claim about them, those without a topic too.
 * Rolled back after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PersonClaimsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@Test
	void claimsWithoutATopicAreListedAfterThoseWithOne() throws Exception {
		DemoIds ids = new DemoIds(this.jdbc);
		long perdueId = ids.person("David Perdue");
		Person perdue = this.entities.find(Person.class, perdueId);
		Claim withTopic = this.entities.find(Claim.class, ids.claim("Jon Ossoff opposes"));
		Claim topical = new Claim("David Perdue opposes the 287(g) program.", ClaimKind.POSITION, perdue,
				Set.copyOf(withTopic.getTopics()));
		Claim untopical = new Claim("David Perdue wants taxes kept low.", ClaimKind.POSITION, perdue, Set.of());
		for (Claim claim : new Claim[] { topical, untopical }) {
			claim.setStatus(Publication.PUBLISHED);
			this.entities.persist(claim);
		}
		this.entities.flush();

		Document page = Jsoup.parse(this.mvc.perform(get("/people/" + perdueId).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#claims ~ .topic-group h3").eachText()).containsExactly("Immigration", "Policing",
				"Without a topic");
		assertThat(page.select("#claims ~ .topic-group").last().select(".claim-statement").eachText())
			.containsExactly("David Perdue wants taxes kept low.");
		assertThat(page.select("#claims ~ p.meta")).isEmpty();
		this.mvc.perform(get("/api/v1/people/{id}", perdueId))
			.andExpect(jsonPath("$.claims[*].id",
					containsInAnyOrder(topical.getId().intValue(), untopical.getId().intValue())));
	}

}
