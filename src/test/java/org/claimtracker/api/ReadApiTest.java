package org.claimtracker.api;

import org.claimtracker.DemoIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ReadApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void articleWithQuoteSelectorsAndAppearances() throws Exception {
		long q1 = this.ids.quote("I think that federal");
		this.mvc.perform(get("/api/v1/articles/{id}", this.ids.article()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.outlet.name", is("Breitbart News")))
			.andExpect(jsonPath("$.quotes", hasSize(8)))
			.andExpect(jsonPath("$.appearances", hasSize(3)))
			.andExpect(jsonPath("$.quotes[?(@.id == " + q1 + ")].selector.start").value(529))
			.andExpect(jsonPath("$.quotes[?(@.id == " + q1 + ")].selector.end").value(696))
			.andExpect(jsonPath("$.quotes[?(@.id == " + q1 + ")].selector.prefix")
				.value("s for arrest and deportation.\n\n“"))
			.andExpect(jsonPath("$.quotes[?(@.id == " + q1 + ")].claims.length()").value(2));
	}

	@Test
	void claimWithEvidence() throws Exception {
		long c3 = this.ids.claim("Under 287(g)");
		this.mvc.perform(get("/api/v1/claims/{id}", c3))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind", is("FACTUAL")))
			.andExpect(jsonPath("$.contradicts", is(1)))
			.andExpect(jsonPath("$.evidence", hasSize(1)))
			.andExpect(jsonPath("$.evidence[0].stance", is("CONTRADICTS")))
			.andExpect(jsonPath("$.evidence[0].quote.text", startsWith("We can’t have a situation")))
			.andExpect(jsonPath("$.evidence[0].quote.speaker.name", is("Jon Ossoff")));
	}

	@Test
	void listsAndPeopleAndQuotes() throws Exception {
		this.mvc.perform(get("/api/v1/articles")).andExpect(jsonPath("$.total", is(1)));
		this.mvc.perform(get("/api/v1/claims?topic=policing"))
			.andExpect(jsonPath("$.items", hasSize(4)))
			.andExpect(jsonPath("$.total", is(4)))
			.andExpect(jsonPath("$.page", is(1)))
			.andExpect(jsonPath("$.size", is(20)));
		int claims = this.jdbc.queryForObject("select count(*) from claim where status = 'PUBLISHED'", Integer.class);
		this.mvc.perform(get("/api/v1/claims?size=3&page=2"))
			.andExpect(jsonPath("$.items", hasSize(Math.min(3, claims - 3))))
			.andExpect(jsonPath("$.total", is(claims)));
		this.mvc.perform(get("/api/v1/people/{id}", this.ids.person("Jon Ossoff")))
			.andExpect(jsonPath("$.claims", hasSize(4)))
			.andExpect(jsonPath("$.races[0].candidates[0].person.name", is("David Perdue")))
			.andExpect(jsonPath("$.quotes", hasSize(6)))
			.andExpect(jsonPath("$.quoteCount", is(6)));
		this.mvc.perform(get("/api/v1/quotes/{id}", this.ids.quote("We can’t have")))
			.andExpect(jsonPath("$.kind", is("DIRECT")))
			.andExpect(jsonPath("$.claims", hasSize(3)));
	}

	@Test
	void errorsAreProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/claims/{id}", 98765))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.detail", containsString("98765")));
		this.mvc.perform(get("/api/v1/quotes/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.parameter", is("id")));
		this.mvc.perform(get("/api/v1/articles?size=1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
		this.mvc.perform(get("/api/v1/claims?kind=OPINION")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/claims?page=0"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"));
	}

	@Test
	void listFiltersReadAsOnTheReaderPagesAndOneThatNamesNothingIsRefused() throws Exception {
		this.mvc.perform(get("/api/v1/claims?topic=Policing")).andExpect(jsonPath("$.total", is(4)));
		this.mvc.perform(get("/api/v1/claims?topic= policing ")).andExpect(jsonPath("$.total", is(4)));
		int claims = this.jdbc.queryForObject("select count(*) from claim where status = 'PUBLISHED'", Integer.class);
		this.mvc.perform(get("/api/v1/claims?topic=")).andExpect(jsonPath("$.total", is(claims)));
		for (String[] unknown : new String[][] { { "claims?topic=nope", "topic", "There is no topic 'nope'" },
				{ "claims?subject=987654321", "subject", "There is no person 987654321" },
				{ "articles?outlet=987654321", "outlet", "There is no outlet 987654321" } }) {
			this.mvc.perform(get("/api/v1/" + unknown[0]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.parameter", is(unknown[1])))
				.andExpect(jsonPath("$.detail", is(unknown[2])));
		}
	}

	@Test
	void aPageTooFarToReachIsRefusedNotAnError() throws Exception {
		// page × size past the largest offset a query takes
		for (String list : new String[] { "articles", "claims" }) {
			this.mvc.perform(get("/api/v1/" + list + "?page=2147483647&size=100"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType("application/problem+json"))
				.andExpect(jsonPath("$.detail", containsString("page")));
			this.mvc.perform(get("/api/v1/" + list + "?page=30000000&size=100")).andExpect(status().isBadRequest());
		}
	}

}
