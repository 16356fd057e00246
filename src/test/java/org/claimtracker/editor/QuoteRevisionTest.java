package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.claimtracker.common.Publication;
import org.claimtracker.quote.QuoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A misattributed quote is fixed in place: its speaker, kind, date and occasion change,
 * its evidence stays, readers and search see the new attribution and date, and bad or
 * stale saves change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteRevisionTest {

	@Autowired
	MockMvc mvc;

	EditorPages pages;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	long article;

	long ossoff;

	long schumer;

	String ossoffName;

	String schumerName;

	long quote;

	long claim;

	@BeforeEach
	void markAPublishedQuoteWithEvidence() {
		this.pages = new EditorPages(this.mvc);
		this.ossoffName = this.make.unique("Jon Ossowski");
		this.schumerName = this.make.unique("Chuck Schumann");
		this.ossoff = this.make.person(this.ossoffName);
		this.schumer = this.make.person(this.schumerName);
		Fixtures.Article article = this.make.article("Ossowski said Georgia would decide the Senate.");
		this.article = article.id();
		this.quote = article.quote("Georgia", this.ossoff, QuoteKind.PARTIAL);
		this.claim = this.make.claim("A claim with evidence.");
		this.make.evidence(this.quote, this.claim, Stance.SUPPORTS);
		article.publish();
	}

	@Test
	void revisingChangesSpeakerKindDateAndOccasionAndKeepsTheEvidence() throws Exception {
		long schumer = this.schumer;
		Map<String, Object> before = row();
		LocalDate articleDate = this.jdbc.queryForObject("select published_on from article where id = ?",
				LocalDate.class, this.article);
		assertThat(before.get("dated_on")).isEqualTo(java.sql.Date.valueOf(articleDate));

		revise("speakerId", Long.toString(schumer), "kind", "PARAPHRASE", "saidOn", "1999-05-04", "context",
				"  At a town hall  ", "version", version())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/editor/quotes/" + this.quote))
			.andExpect(flash().attribute("message", "editor.quote.revised"));

		Map<String, Object> after = row();
		assertThat(after.get("speaker_id")).isEqualTo(schumer);
		assertThat(after.get("kind")).isEqualTo("PARAPHRASE");
		assertThat(after.get("said_on")).isEqualTo(java.sql.Date.valueOf("1999-05-04"));
		assertThat(after.get("dated_on")).isEqualTo(java.sql.Date.valueOf("1999-05-04"));
		assertThat(after.get("context")).isEqualTo("At a town hall");
		assertThat(after.get("exact")).isEqualTo("Georgia");
		assertThat((int) after.get("version")).isEqualTo((int) before.get("version") + 1);
		assertThat(
				this.jdbc.queryForObject("select count(*) from evidence where quote_id = ?", Integer.class, this.quote))
			.isEqualTo(1);

		Document reader = this.pages.page(get("/quotes/" + this.quote));
		assertThat(reader.select("h1").text()).isEqualTo(this.schumerName + ", as reported by " + outlet());
		assertThat(reader.text()).contains("Paraphrase", "Said on 4 May 1999", "At a town hall");

		assertThat(
				this.pages.hits("speaker=" + this.schumerName.replace(" ", "%20") + "&from=1999-01-01&to=1999-12-31"))
			.containsExactly(this.quote);
		assertThat(this.pages.hits("speaker=" + this.schumerName.replace(" ", "%20") + "&sort=oldest&size=1"))
			.containsExactly(this.quote);
		assertThat(this.pages.hits("speaker=" + this.ossoffName.replace(" ", "%20") + "&from=1999-01-01&to=1999-12-31"))
			.isEmpty();

		Document history = this.pages.page(get("/history/quote/" + this.quote).with(user("x").roles("EDITOR")));
		// marked, published with its article, revised
		assertThat(history.select(".change")).hasSize(3);
		assertThat(EditorPages.changed(history, "speaker")).containsExactly(this.ossoffName, this.schumerName);
		assertThat(EditorPages.changed(history, "kind")).containsExactly("partial", "paraphrase");
		assertThat(EditorPages.changed(history, "said on")).containsExactly("", "1999-05-04");
		assertThat(EditorPages.changed(history, "occasion")).containsExactly("", "At a town hall");

		// clearing the date dates the quote by its article again
		revise("speakerId", Long.toString(schumer), "kind", "PARAPHRASE", "saidOn", "", "context", "", "version",
				version())
			.andExpect(status().is3xxRedirection());
		assertThat(row().get("said_on")).isNull();
		assertThat(row().get("context")).isNull();
		assertThat(row().get("dated_on")).isEqualTo(java.sql.Date.valueOf(articleDate));
	}

	@Test
	void aPublishedQuoteGivenToADraftPersonPublishesThemSoReadersFindThem() throws Exception {
		long draft = this.make.person(this.make.unique("Pat Newcomer"), Publication.DRAFT);
		revise("speakerId", Long.toString(draft), "kind", "DIRECT", "version", version())
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from person where id = ?", String.class, draft))
			.isEqualTo("PUBLISHED");
		this.pages.page(get("/people/" + draft));
	}

	@Test
	void theEditorPageHoldsTheFormFilledWithTheQuoteAsSaved() throws Exception {
		Document page = this.pages.page(get("/editor/quotes/" + this.quote).with(user("editor").roles("EDITOR")));
		assertThat(page.select("#revise-quote select#speakerId option[selected]").attr("value"))
			.isEqualTo(Long.toString(this.ossoff));
		assertThat(page.select("#revise-quote select#kind option[selected]").attr("value")).isEqualTo("PARTIAL");
		assertThat(page.select("#revise-quote input[name=version]").val()).isEqualTo(version());
	}

	@Test
	void aSaveFromAStaleVersionIsAConflictShowingBothAndChangesNothing() throws Exception {
		String version = version();
		long schumer = this.schumer;
		revise("speakerId", Long.toString(schumer), "kind", "DIRECT", "saidOn", "2020-01-02", "context", "First",
				"version", version)
			.andExpect(status().is3xxRedirection());
		Map<String, Object> saved = row();

		String html = revise("speakerId", Long.toString(this.ossoff), "kind", "PARAPHRASE", "saidOn", "2019-01-02",
				"context", "Second", "version", version)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".mine-quote").text()).contains(this.ossoffName, "2019-01-02", "Second");
		assertThat(page.select(".current-quote").text()).contains(this.schumerName, "2020-01-02", "First");
		// the form now holds the saved version, to apply the change to again
		assertThat(page.select("#revise-quote input[name=version]").val()).isEqualTo(version());
		assertThat(page.select("#revise-quote input#context").val()).isEqualTo("First");
		assertThat(row()).isEqualTo(saved);
	}

	@Test
	void badInputChangesNothing() throws Exception {
		Map<String, Object> before = row();
		String tomorrow = LocalDate.now().plusDays(2).toString();

		Document future = Jsoup
			.parse(revise("speakerId", Long.toString(this.schumer), "kind", "DIRECT", "saidOn", tomorrow, "context", "",
					"version", version())
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(future.select("#saidOn-error").text()).isNotBlank();
		assertThat(future.select("#revise-quote input#saidOn").val()).isEqualTo(tomorrow);

		Document unknown = Jsoup
			.parse(revise("speakerId", "987654321", "kind", "DIRECT", "saidOn", "", "context", "", "version", version())
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(unknown.select("#speakerId-error").text()).isNotBlank();

		Document noSpeaker = Jsoup
			.parse(revise("speakerId", "", "kind", "DIRECT", "version", version()).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(noSpeaker.select("#speakerId-error").text()).isNotBlank();

		Document tooLong = Jsoup
			.parse(revise("speakerId", Long.toString(this.schumer), "kind", "DIRECT", "context", "x".repeat(1001),
					"version", version())
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(tooLong.select("#context-error").text()).contains("1000");

		revise("speakerId", Long.toString(this.schumer), "kind", "QUOTED", "version", version())
			.andExpect(status().isBadRequest());
		revise("speakerId", Long.toString(this.schumer), "kind", "DIRECT", "saidOn", "2020-13-45", "version", version())
			.andExpect(status().isBadRequest());
		Document noVersion = Jsoup
			.parse(revise("speakerId", Long.toString(this.schumer), "kind", "DIRECT").andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(noVersion.select("#revise-quote .notice.error").text()).isNotBlank();

		this.mvc
			.perform(post("/editor/quotes/987654321").with(csrf())
				.with(user("editor").roles("EDITOR"))
				.param("speakerId", Long.toString(this.schumer))
				.param("kind", "DIRECT")
				.param("version", "0"))
			.andExpect(status().isNotFound());

		assertThat(row()).isEqualTo(before);
	}

	@Test
	void onlyEditorsRevise() throws Exception {
		Map<String, Object> before = row();
		this.mvc
			.perform(post("/editor/quotes/" + this.quote).with(csrf())
				.param("speakerId", Long.toString(this.schumer))
				.param("kind", "DIRECT")
				.param("version", version()))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/editor/quotes/" + this.quote).with(user("editor").roles("EDITOR"))
				.param("speakerId", Long.toString(this.schumer))
				.param("kind", "DIRECT")
				.param("version", version()))
			.andExpect(status().isForbidden());
		assertThat(row()).isEqualTo(before);
	}

	private ResultActions revise(String... fields) throws Exception {
		return this.pages.send("/editor/quotes/" + this.quote, fields);
	}

	private String outlet() {
		return this.jdbc.queryForObject(
				"select o.name from outlet o join article a on a.outlet_id = o.id where a.id = ?", String.class,
				this.article);
	}

	private String version() {
		return Integer
			.toString(this.jdbc.queryForObject("select version from quote where id = ?", Integer.class, this.quote));
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap(
				"select speaker_id, kind, said_on, dated_on, context, exact, version from quote where id = ?",
				this.quote);
	}

}
