package org.claimtracker.reader;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An utterance's page lists its versions, the reference first, each with its flags in
 * plain words; altered versions carry a badge where readers meet them; editors split and
 * merge from the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UtterancePageTest {

	static final String SAID = "There have to be bonds of trust between local communities and local law enforcement.";

	static final String BRACKETED = "There have to be bonds of trust between [illegal aliens] and local law enforcement.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long first;

	long altered;

	long utterance;

	Fixtures.Article later;

	@BeforeEach
	void aQuoteAndAnAlteredReQuote() {
		long speaker = this.make.person(this.make.unique("Senator"));
		Fixtures.Article earlier = this.make.article("She said: “" + SAID + "”", LocalDate.of(2024, 5, 6));
		this.first = earlier.quote(SAID, speaker);
		earlier.publish();
		this.later = this.make.article("The senator said “" + BRACKETED + "” on Monday.", LocalDate.of(2024, 5, 8));
		this.altered = this.later.quote(BRACKETED, speaker);
		this.later.publish();
		this.utterance = this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class,
				this.first);
	}

	@Test
	void thePageListsTheReferenceFirstAndSaysWhatTheOtherChanges() throws Exception {
		String page = page("/utterances/" + this.utterance);
		assertThat(page).contains("Reported 2 times by 2 outlets, 1 altered");
		assertThat(page.indexOf("id=\"version-" + this.first + "\""))
			.isLessThan(page.indexOf("id=\"version-" + this.altered + "\""));
		assertThat(page).contains("Replaces “local communities” with “[illegal aliens]”.");
		assertThat(page).contains("<del title=\"in the reference, left out here\">local communities</del>");
		assertThat(page).contains("<ins title=\"not in the reference\">[illegal aliens]</ins>");
		assertThat(page).contains("#quote-" + this.altered);
		assertThat(page).doesNotContain("Not the same words: split");
	}

	@Test
	void anAlteredQuoteCarriesABadgeOnItsArticleAndItsPage() throws Exception {
		String badge = "href=\"/utterances/" + this.utterance + "#version-" + this.altered + "\"";
		assertThat(page("/articles/" + this.later.id())).contains(badge).contains("altered-badge");
		assertThat(page("/quotes/" + this.altered)).contains(badge);
		assertThat(page("/quotes/" + this.first)).doesNotContain("altered-badge\" href");
	}

	@Test
	void searchOffersAlteredQuotesAloneAndKeepsTheChoice() throws Exception {
		String speaker = this.jdbc.queryForObject(
				"select p.name from person p join quote q on q.speaker_id = p.id " + "where q.id = ?", String.class,
				this.altered);
		String altered = page("/search?altered=true&speaker=" + speaker.replace(' ', '+'));
		String notAltered = page("/search?altered=false&speaker=" + speaker.replace(' ', '+'));

		assertThat(altered).contains("id=\"f-altered\"").containsPattern("<option value=\"true\" selected");
		assertThat(altered).contains("/quotes/" + this.altered + "\"").doesNotContain("/quotes/" + this.first + "\"");
		assertThat(notAltered).contains("/quotes/" + this.first + "\"")
			.doesNotContain("/quotes/" + this.altered + "\"");
	}

	@Test
	void anUnknownUtteranceIsNotFound() throws Exception {
		this.mvc.perform(get("/utterances/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void anEditorSplitsAVersionOffAndMergesItBack() throws Exception {
		String page = this.mvc.perform(get("/utterances/" + this.utterance).with(user("ed").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Not the same words: split this version off");
		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/split").param("quote", "" + this.altered)
				.param("version", "0")
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "utterance.split.done"));
		long alone = utteranceOf(this.altered);
		assertThat(alone).isNotEqualTo(this.utterance);

		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/merge").param("version", "0")
				.param("other", "" + alone)
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isConflict());
		assertThat(utteranceOf(this.altered)).isEqualTo(alone);

		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/merge").param("version", "1")
				.param("other", "" + alone)
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(redirectedUrl("/utterances/" + this.utterance))
			.andExpect(flash().attribute("message", "utterance.merge.done"));
		assertThat(utteranceOf(this.altered)).isEqualTo(this.utterance);
	}

	@Test
	void readersCannotSplitOrMerge() throws Exception {
		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/split").param("quote", "" + this.altered)
				.param("version", "0")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(utteranceOf(this.altered)).isEqualTo(this.utterance);
	}

	@Test
	void aMergeWithAnUnknownUtteranceIsRefusedPlainly() throws Exception {
		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/merge").param("version", "0")
				.param("other", "999999999")
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/editor/utterances/" + this.utterance + "/merge").param("version", "0")
				.param("other", "not a number")
				.with(user("ed").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long utteranceOf(long quote) {
		return this.jdbc.queryForObject("select utterance_id from quote where id = ?", Long.class, quote);
	}

}
