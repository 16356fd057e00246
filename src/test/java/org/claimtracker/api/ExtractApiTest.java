package org.claimtracker.api;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/extract: open to anyone, no CSRF token, nothing written, problem details
 * for bad input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExtractApiTest {

	static final String TEXT = "“We will fix every road,” Ossoff said. An aide said the plan was ready.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void plainTextAnonymouslyWithoutCsrfResolvingKnownPeople() throws Exception {
		long quotes = count("quote");
		long people = count("person");
		this.mvc
			.perform(extract("10.0.0.1").contentType(MediaType.TEXT_PLAIN)
				.content(TEXT.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length", is(TEXT.length())))
			.andExpect(jsonPath("$.proposals", hasSize(2)))
			.andExpect(jsonPath("$.proposals[0].start", is(1)))
			.andExpect(jsonPath("$.proposals[0].exact", is("We will fix every road")))
			.andExpect(jsonPath("$.proposals[0].kind", is("DIRECT")))
			.andExpect(jsonPath("$.proposals[0].speaker.asWritten", is("Ossoff")))
			.andExpect(jsonPath("$.proposals[0].speaker.name", is("Jon Ossoff")))
			.andExpect(jsonPath("$.proposals[0].speaker.personId", is((int) personId("Jon Ossoff"))))
			.andExpect(jsonPath("$.proposals[1].kind", is("PARAPHRASE")))
			.andExpect(jsonPath("$.proposals[1].speaker.unnamed", is(true)))
			.andExpect(jsonPath("$.proposals[1].speaker.name", nullValue()));
		assertThat(count("quote")).isEqualTo(quotes);
		assertThat(count("person")).isEqualTo(people);
	}

	@Test
	void jsonBody() throws Exception {
		this.mvc
			.perform(extract("10.0.0.2").contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"“Taxes are too high,” Park said.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposals[0].exact", is("Taxes are too high")))
			.andExpect(jsonPath("$.proposals[0].speaker.name", is("Park")));
		this.mvc.perform(extract("10.0.0.2").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposals", hasSize(0)));
	}

	@Test
	void badInputIsAProblem() throws Exception {
		for (String body : new String[] { "{", "[]", "{\"text\": 3}", "{\"words\": \"x\"}",
				"{\"text\": \"\\ud800 said\"}" }) {
			this.mvc.perform(extract("10.0.0.3").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc
			.perform(extract("10.0.0.3").contentType(MediaType.TEXT_PLAIN).content(new byte[] { (byte) 0xC3, 0x28 }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("UTF-8")));
		this.mvc.perform(extract("10.0.0.3").contentType(MediaType.APPLICATION_XML).content("<text/>"))
			.andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void megabyteOfQuoteMarksIsAnswered() throws Exception {
		byte[] marks = "“".repeat((ExtractApiController.MAX_BYTES - 10) / 3).getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(extract("10.0.0.4").contentType(MediaType.TEXT_PLAIN).content(marks))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.proposals", hasSize(0)));
	}

	@Test
	void moreThanAMegabyteIs413() throws Exception {
		byte[] large = "a".repeat(ExtractApiController.MAX_BYTES + 1).getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(extract("10.0.0.5").contentType(MediaType.TEXT_PLAIN).content(large))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void rateLimitedPerClientAddressWithRetryAfter() throws Exception {
		int allowed = 0;
		while (allowed < 100 && this.mvc.perform(extract("10.0.0.6").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andReturn()
			.getResponse()
			.getStatus() == 200) {
			allowed++;
		}
		assertThat(allowed).isBetween(20, 60);
		this.mvc.perform(extract("10.0.0.6").contentType(MediaType.TEXT_PLAIN).content("x"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(extract("10.0.0.7").contentType(MediaType.TEXT_PLAIN).content("x")).andExpect(status().isOk());
	}

	private static MockHttpServletRequestBuilder extract(String address) {
		return post("/api/v1/extract").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long personId(String name) {
		return this.jdbc.queryForObject("select id from person where name = ?", Long.class, name);
	}

}
