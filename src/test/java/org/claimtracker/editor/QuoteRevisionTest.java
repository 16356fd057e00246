package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.claimtracker.DemoIds;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.Stance;
import org.claimtracker.common.Publication;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

	@Autowired
	QuoteService quotes;

	@Autowired
	ClaimService claims;

	@Autowired
	EvidenceService evidence;

	@Autowired
	PersonService people;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds demo;

	long quote;

	long claim;

	@BeforeEach
	void markAPublishedQuoteWithEvidence() {
		this.pages = new EditorPages(this.mvc);
		this.demo = new DemoIds(this.jdbc);
		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class,
				this.demo.article());
		int start = body.indexOf("Georgia");
		this.quote = this.quotes.create(new NewQuote(this.demo.article(), this.demo.person("Jon Ossoff"),
				QuoteKind.PARTIAL, null, null, start, start + "Georgia".length(), "Georgia"));
		this.claim = this.claims.create(new ClaimDraft("A claim with evidence.", ClaimKind.FACTUAL, null, Set.of()));
		this.evidence.link(this.quote, this.claim, Stance.SUPPORTS, "It says so.");
		this.jdbc.update("update quote set status = 'PUBLISHED' where id = ?", this.quote);
	}

	@AfterEach
	void deleteIt() {
		this.jdbc.update("delete from evidence where quote_id = ?", this.quote);
		this.jdbc.update("delete from quote where id = ?", this.quote);
		this.jdbc.update("delete from claim where id = ?", this.claim);
	}

	@Test
	void revisingChangesSpeakerKindDateAndOccasionAndKeepsTheEvidence() throws Exception {
		long schumer = this.demo.person("Chuck Schumer");
		Map<String, Object> before = row();
		LocalDate articleDate = this.jdbc.queryForObject("select published_on from article where id = ?",
				LocalDate.class, this.demo.article());
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
		assertThat(reader.select("h1").text()).isEqualTo("Chuck Schumer, as reported by Breitbart News");
		assertThat(reader.text()).contains("Paraphrase", "Said on 4 May 1999", "At a town hall");

		assertThat(this.pages.hits("speaker=Chuck%20Schumer&from=1999-01-01&to=1999-12-31"))
			.containsExactly(this.quote);
		assertThat(this.pages.hits("speaker=Chuck%20Schumer&sort=oldest&size=1")).containsExactly(this.quote);
		assertThat(this.pages.hits("speaker=Jon%20Ossoff&from=1999-01-01&to=1999-12-31")).isEmpty();

		Document history = this.pages.page(get("/history/quote/" + this.quote).with(user("x").roles("EDITOR")));
		assertThat(history.select(".change")).hasSize(2);
		assertThat(EditorPages.changed(history, "speaker")).containsExactly("Jon Ossoff", "Chuck Schumer");
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
		long draft = this.people.add("Pat Newcomer", null, null, Publication.DRAFT).getId();
		try {
			revise("speakerId", Long.toString(draft), "kind", "DIRECT", "version", version())
				.andExpect(status().is3xxRedirection());
			assertThat(this.jdbc.queryForObject("select status from person where id = ?", String.class, draft))
				.isEqualTo("PUBLISHED");
			this.pages.page(get("/people/" + draft));
		}
		finally {
			this.jdbc.update("update quote set speaker_id = ? where id = ?", this.demo.person("Jon Ossoff"),
					this.quote);
			this.jdbc.update("delete from person where id = ?", draft);
		}
	}

	@Test
	void theEditorPageHoldsTheFormFilledWithTheQuoteAsSaved() throws Exception {
		Document page = this.pages.page(get("/editor/quotes/" + this.quote).with(user("editor").roles("EDITOR")));
		assertThat(page.select("#revise-quote select#speakerId option[selected]").attr("value"))
			.isEqualTo(Long.toString(this.demo.person("Jon Ossoff")));
		assertThat(page.select("#revise-quote select#kind option[selected]").attr("value")).isEqualTo("PARTIAL");
		assertThat(page.select("#revise-quote input[name=version]").val()).isEqualTo(version());
	}

	@Test
	void aSaveFromAStaleVersionIsAConflictShowingBothAndChangesNothing() throws Exception {
		String version = version();
		long schumer = this.demo.person("Chuck Schumer");
		revise("speakerId", Long.toString(schumer), "kind", "DIRECT", "saidOn", "2020-01-02", "context", "First",
				"version", version)
			.andExpect(status().is3xxRedirection());
		Map<String, Object> saved = row();

		String html = revise("speakerId", Long.toString(this.demo.person("Jon Ossoff")), "kind", "PARAPHRASE", "saidOn",
				"2019-01-02", "context", "Second", "version", version)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".mine-quote").text()).contains("Jon Ossoff", "2019-01-02", "Second");
		assertThat(page.select(".current-quote").text()).contains("Chuck Schumer", "2020-01-02", "First");
		// the form now holds the saved version, to apply the change to again
		assertThat(page.select("#revise-quote input[name=version]").val()).isEqualTo(version());
		assertThat(page.select("#revise-quote input#context").val()).isEqualTo("First");
		assertThat(row()).isEqualTo(saved);
	}

	@Test
	void badInputChangesNothing() throws Exception {
		Map<String, Object> before = row();
		String tomorrow = LocalDate.now().plusDays(2).toString();

		Document future = Jsoup.parse(revise("speakerId", Long.toString(this.demo.person("Chuck Schumer")), "kind",
				"DIRECT", "saidOn", tomorrow, "context", "", "version", version())
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

		Document tooLong = Jsoup.parse(revise("speakerId", Long.toString(this.demo.person("Chuck Schumer")), "kind",
				"DIRECT", "context", "x".repeat(1001), "version", version())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tooLong.select("#context-error").text()).contains("1000");

		revise("speakerId", Long.toString(this.demo.person("Chuck Schumer")), "kind", "QUOTED", "version", version())
			.andExpect(status().isBadRequest());
		revise("speakerId", Long.toString(this.demo.person("Chuck Schumer")), "kind", "DIRECT", "saidOn", "2020-13-45",
				"version", version())
			.andExpect(status().isBadRequest());
		Document noVersion = Jsoup
			.parse(revise("speakerId", Long.toString(this.demo.person("Chuck Schumer")), "kind", "DIRECT")
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(noVersion.select("#revise-quote .notice.error").text()).isNotBlank();

		this.mvc
			.perform(post("/editor/quotes/987654321").with(csrf())
				.with(user("editor").roles("EDITOR"))
				.param("speakerId", Long.toString(this.demo.person("Chuck Schumer")))
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
				.param("speakerId", Long.toString(this.demo.person("Chuck Schumer")))
				.param("kind", "DIRECT")
				.param("version", version()))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/editor/quotes/" + this.quote).with(user("editor").roles("EDITOR"))
				.param("speakerId", Long.toString(this.demo.person("Chuck Schumer")))
				.param("kind", "DIRECT")
				.param("version", version()))
			.andExpect(status().isForbidden());
		assertThat(row()).isEqualTo(before);
	}

	private ResultActions revise(String... fields) throws Exception {
		return this.pages.send("/editor/quotes/" + this.quote, fields);
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
