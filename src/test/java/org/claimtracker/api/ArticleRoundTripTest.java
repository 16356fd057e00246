package org.claimtracker.api;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's outlet is an object in what the API answers: a body takes it so too, by
 * its name, as well as the outlet's name alone, so that an article read can be written
 * back as it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ArticleRoundTripTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	String token;

	@BeforeEach
	void token() {
		this.accounts.add("roundtripper", "a tool's long password", Role.EDITOR);
		this.token = this.tokens.create("roundtripper", "round trips");
	}

	@Test
	void anOutletIsANameOrTheObjectReadsGive() throws Exception {
		String outlet = this.make.unique("Harbour Herald");
		String url = "https://example.org/fixtures/round-trip/" + outlet.substring(outlet.lastIndexOf(' ') + 1);
		String created = this.mvc.perform(write(post("/api/v1/articles"), """
				{"title": "Ferries", "outlet": {"id": 987654321, "name": "%s"}, "published": "2024-05-06",
				 "url": "%s", "body": "The ferry runs at noon."}""".formatted(outlet, url)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		this.make.removeArticlesAt(url);
		this.mvc.perform(get(created).header("Authorization", "Bearer " + this.token))
			.andExpect(jsonPath("$.outlet.name", is(outlet)));
		this.mvc
			.perform(write(put(created),
					"""
							{"title": "Ferries", "outlet": "%s", "published": "2024-05-06", "url": "%s"}"""
						.formatted(outlet.toLowerCase(), url))
				.header("If-Match", "*"))
			.andExpect(status().isNoContent());
		for (String bad : new String[] { "{\"id\": 1}", "{\"name\": 5}", "5", "[\"a\"]" }) {
			this.mvc
				.perform(write(put(created),
						"""
								{"title": "Ferries", "outlet": %s, "published": "2024-05-06", "url": "%s"}"""
							.formatted(bad, url))
					.header("If-Match", "*"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is("outlet")));
		}
	}

	private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String body) {
		return request.header("Authorization", "Bearer " + this.token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
