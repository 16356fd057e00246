package org.claimtracker.api;

import java.time.LocalDate;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API gives an utterance with its versions and what each changes; quote search finds
 * the altered versions alone, HTML and JSON alike, and marks them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UtteranceApiTest {

	static final String SAID = "Every ballot cast legally will be counted, and every ballot cast illegally will be thrown out.";

	static final String DROPPED = "Every ballot will be counted, and every ballot cast illegally will be thrown out.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	String speaker;

	long first;

	long altered;

	long utterance;

	@BeforeEach
	void aQuoteAndAReQuoteThatDropsWords() {
		this.speaker = this.make.unique("Governor");
		long person = this.make.person(this.speaker);
		Fixtures.Article earlier = this.make.article("He said: “" + SAID + "”", LocalDate.of(2024, 5, 6));
		this.first = earlier.quote(SAID, person);
		earlier.publish();
		Fixtures.Article later = this.make.article("The governor said “" + DROPPED + "”", LocalDate.of(2024, 5, 8));
		this.altered = later.quote(DROPPED, person);
		later.publish();
		this.utterance = this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class,
				this.first);
	}

	@Test
	void anUtteranceComesWithItsVersionsAndWhatEachChanges() throws Exception {
		this.mvc.perform(get("/api/v1/utterances/" + this.utterance))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.utterance))
			.andExpect(jsonPath("$.speaker.name").value(this.speaker))
			.andExpect(jsonPath("$.alteredVersions").value(1))
			.andExpect(jsonPath("$.versions", hasSize(2)))
			.andExpect(jsonPath("$.versions[0].quoteId").value(this.first))
			.andExpect(jsonPath("$.versions[0].reference").value(true))
			.andExpect(jsonPath("$.versions[1].altered").value(true))
			.andExpect(jsonPath("$.versions[1].articleLink")
				.value(org.hamcrest.Matchers.endsWith("#quote-" + this.altered)))
			.andExpect(jsonPath("$.versions[1].alterations[0].kind").value("omission"))
			.andExpect(jsonPath("$.versions[1].alterations[0].removed").value("cast legally"))
			.andExpect(jsonPath("$.versions[1].alterations[0].description").value("Drops the words “cast legally”."));
	}

	@Test
	void anUnknownUtteranceIsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/utterances/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/utterances/first")).andExpect(status().isBadRequest());
	}

	@Test
	void searchFindsTheAlteredVersionsAloneAndMarksThem() throws Exception {
		this.mvc
			.perform(asyncDispatch(this.mvc.perform(
					get("/api/v1/quotes").param("speaker", this.speaker).param("altered", "true").param("page", "1"))
				.andReturn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", contains((int) this.altered)))
			.andExpect(jsonPath("$.items[0].altered").value(true))
			.andExpect(jsonPath("$.items[0].utteranceId").value(this.utterance));
		this.mvc
			.perform(asyncDispatch(this.mvc.perform(
					get("/api/v1/quotes").param("speaker", this.speaker).param("altered", "false").param("page", "1"))
				.andReturn()))
			.andExpect(jsonPath("$.items[*].id", contains((int) this.first)));
		String page = this.mvc.perform(get("/search").param("speaker", this.speaker).param("altered", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("href=\"/utterances/" + this.utterance + "#version-" + this.altered + "\"")
			.contains("id=\"hit-" + this.altered + "\"")
			.doesNotContain("id=\"hit-" + this.first + "\"");
	}

	@Test
	void aBadAlteredFilterIsAProblemNamingIt() throws Exception {
		this.mvc.perform(get("/api/v1/quotes").param("altered", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("altered")));
	}

}
