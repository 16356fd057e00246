package org.claimtracker.editor;

import java.util.List;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.claimtracker.common.Publication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A person's name, party and description are fixed after they were added: their page,
 * search and history follow, drafts included, and bad or stale saves change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonEditorTest {

	@Autowired
	MockMvc mvc;

	EditorPages pages;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	long person;

	long quote;

	long other;

	@BeforeEach
	void addAPublishedPersonWithAQuote() {
		this.pages = new EditorPages(this.mvc);
		this.person = this.make.person("Dolores Havrekamp", "Independent", "County clerk", Publication.DRAFT);
		Fixtures.Article article = this.make.article("The clerk said \"every ballot will be counted\" on Monday.");
		this.quote = article.quote("every ballot will be counted", this.person);
		article.publish();
		this.other = this.make.person("Jonas Ossowski");
	}

	@Test
	void savingChangesTheNameEverywhereAndKeepsTheChangeInHistory() throws Exception {
		Map<String, Object> before = row();
		save("name", "  Dolores Haverkamp ", "party", " Democratic  ", "description", "   ", "version", version())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/people/" + this.person))
			.andExpect(flash().attribute("message", "editor.person.revised"));

		Map<String, Object> after = row();
		assertThat(after.get("name")).isEqualTo("Dolores Haverkamp");
		assertThat(after.get("party")).isEqualTo("Democratic");
		assertThat(after.get("description")).isNull();
		assertThat(after.get("status")).isEqualTo("PUBLISHED");
		assertThat((int) after.get("version")).isEqualTo((int) before.get("version") + 1);

		Document reader = this.pages.page(get("/people/" + this.person));
		assertThat(reader.select("h1").text()).isEqualTo("Dolores Haverkamp");
		assertThat(reader.select(".person-page > .meta").text()).isEqualTo("Democratic");
		assertThat(reader.select(".quote-list a[href=/quotes/" + this.quote + "]")).hasSize(1);
		assertThat(this.pages.hits("speaker=Dolores%20Haverkamp")).containsExactly(this.quote);
		assertThat(this.pages.page(get("/quotes/" + this.quote)).text()).contains("Dolores Haverkamp")
			.doesNotContain("Havrekamp");

		Document history = this.pages.page(get("/history/person/" + this.person).with(user("x").roles("EDITOR")));
		assertThat(history.select(".change").first().select("h2").text()).contains("Changed", "by ed");
		assertThat(EditorPages.changed(history, "name")).containsExactly("Dolores Havrekamp", "Dolores Haverkamp");
		assertThat(EditorPages.changed(history, "party")).containsExactly("Independent", "Democratic");
		assertThat(EditorPages.changed(history, "description")).containsExactly("County clerk", "");
		assertThat(EditorPages.changed(history, "status")).isEmpty();
		assertThat(history.select("h1 + p a").attr("href")).isEqualTo("/people/" + this.person);

		// the quote's history names its speaker as they were called when it was marked
		Document quoteHistory = this.pages.page(get("/history/quote/" + this.quote).with(user("x").roles("EDITOR")));
		assertThat(quoteHistory.select(".change").last().select("tr:has(th:containsOwn(speaker)) td.after").text())
			.isEqualTo("Dolores Havrekamp");
	}

	@Test
	void theEditPageHoldsThePersonAsSavedAndThePersonPageLinksToItForEditors() throws Exception {
		Document page = this.pages.page(get("/editor/people/" + this.person).with(user("ed").roles("EDITOR")));
		assertThat(page.select("input#name").val()).isEqualTo("Dolores Havrekamp");
		assertThat(page.select("input#party").val()).isEqualTo("Independent");
		assertThat(page.select("textarea#description").val()).isEqualTo("County clerk");
		assertThat(page.select("input[name=version]").val()).isEqualTo(version());
		for (String field : List.of("name", "party", "description")) {
			assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
		}
		assertThat(page.select("a[href=/people/" + this.person + "]")).hasSize(1);
		assertThat(page.select("a[href=/history/person/" + this.person + "]")).hasSize(1);

		Document editors = this.pages.page(get("/people/" + this.person).with(user("ed").roles("EDITOR")));
		assertThat(editors.select(".meta a[href=/editor/people/" + this.person + "]").text())
			.isEqualTo("Edit this person");
		assertThat(editors.select(".meta a[href=/history/person/" + this.person + "]").text()).isEqualTo("History");
		Document readers = this.pages.page(get("/people/" + this.person));
		assertThat(readers.select("a[href^=/editor/], a[href^=/history/]")).isEmpty();
	}

	@Test
	void aDraftPersonIsEditedToo() throws Exception {
		long draft = this.make.person("Pat Drafty", Publication.DRAFT);
		Document page = this.pages.page(get("/editor/people/" + draft).with(user("ed").roles("EDITOR")));
		assertThat(page.select(".badge.draft")).hasSize(1);
		this.mvc
			.perform(post("/editor/people/" + draft).with(csrf())
				.with(user("ed").roles("EDITOR"))
				.param("name", "Pat Drafting")
				.param("party", "Green")
				.param("version", "0"))
			.andExpect(redirectedUrl("/people/" + draft));
		assertThat(this.jdbc.queryForMap("select name, party, status from person where id = ?", draft))
			.containsEntry("name", "Pat Drafting")
			.containsEntry("party", "Green")
			.containsEntry("status", "DRAFT");
		this.mvc.perform(get("/people/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void aSaveFromAStaleVersionIsAConflictShowingBothAndChangesNothing() throws Exception {
		String version = version();
		save("name", "Dolores Haverkamp", "party", "Independent", "description", "County clerk", "version", version)
			.andExpect(status().is3xxRedirection());
		Map<String, Object> saved = row();

		Document page = Jsoup
			.parse(save("name", "Dee Havrekamp", "party", "Republican", "description", "Clerk", "version", version)
				.andExpect(status().isConflict())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select(".conflict-details tr:has(th:containsOwn(Name)) td").eachText())
			.containsExactly("Dee Havrekamp", "Dolores Haverkamp");
		assertThat(page.select(".conflict-details tr:has(th:containsOwn(Party)) td").eachText())
			.containsExactly("Republican", "Independent");
		assertThat(page.select(".conflict-details tr.differs th").eachText()).containsExactly("Name", "Party",
				"Description");
		// the form now holds the saved version, to apply the change to again
		assertThat(page.select("input#name").val()).isEqualTo("Dolores Haverkamp");
		assertThat(page.select("input[name=version]").val()).isEqualTo(version());
		assertThat(row()).isEqualTo(saved);
	}

	@Test
	void badInputIsShownOnTheFormAndChangesNothing() throws Exception {
		Map<String, Object> before = row();
		String version = version();

		Document bad = EditorPages
			.shown(save("name", "  ", "party", "p".repeat(101), "description", "d".repeat(1001), "version", version));
		assertThat(bad.select("form > [role=alert]").text()).isEqualTo("Not saved: correct the fields marked below.");
		assertThat(bad.select("#name-error").text()).isEqualTo("This field is required.");
		assertThat(bad.select("#party-error").text()).isEqualTo("Use at most 100 characters.");
		assertThat(bad.select("#description-error").text()).isEqualTo("Use at most 1000 characters.");
		assertThat(bad.select("input#name").attr("aria-describedby")).contains("name-error");
		assertThat(bad.select("input#party").val()).isEqualTo("p".repeat(101));

		// spaces of other kinds and invisible characters are no name either
		for (String invisible : List.of("\u00a0", "\u2007\u202f", "\u200b", "\u202e\u00ad")) {
			assertThat(EditorPages.shown(save("name", invisible, "version", version)).select("#name-error").text())
				.isEqualTo("This field is required.");
		}
		// nor do they make a name someone else's look like another
		assertThat(EditorPages.shown(save("name", "Jonas\u200b Ossowski\u00ad", "version", version))
			.select("#name-error")
			.text()).startsWith("Someone else is listed under this name.");

		Document tooLong = EditorPages.shown(save("name", "n".repeat(201), "version", version));
		assertThat(tooLong.select("#name-error").text()).isEqualTo("Use at most 200 characters.");

		Document noVersion = EditorPages.shown(save("name", "Dolores Haverkamp"));
		assertThat(noVersion.select("form .notice.error").text()).isNotBlank();

		save("name", "Dolores Haverkamp", "version", "one").andExpect(status().isBadRequest());
		assertThat(row()).isEqualTo(before);
	}

	@Test
	void aNameSomeoneElseIsListedUnderIsRefused() throws Exception {
		Map<String, Object> before = row();
		Document page = EditorPages
			.shown(save("name", "  JONAS   ossowski ", "party", "Independent", "version", version()));
		assertThat(page.select("#name-error").text()).startsWith("Someone else is listed under this name.");
		assertThat(page.select("a[href=/people/" + this.other + "]")).hasSize(1);
		assertThat(row()).isEqualTo(before);

		// the same name in another case is this person's own
		save("name", "DOLORES HAVREKAMP", "party", "Independent", "version", version())
			.andExpect(status().is3xxRedirection());
		assertThat(row().get("name")).isEqualTo("DOLORES HAVREKAMP");
	}

	@Test
	void anUnknownPersonIsNotFound() throws Exception {
		this.mvc.perform(get("/editor/people/987654321").with(user("ed").roles("EDITOR")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/editor/people/987654321").with(csrf())
				.with(user("ed").roles("EDITOR"))
				.param("name", "Nobody")
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlySignedInEditorsSave() throws Exception {
		Map<String, Object> before = row();
		this.mvc.perform(get("/editor/people/" + this.person)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/editor/people/" + this.person).with(csrf()).param("name", "N").param("version", version()))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/editor/people/" + this.person).with(user("ed").roles("EDITOR"))
				.param("name", "N")
				.param("version", version()))
			.andExpect(status().isForbidden());
		assertThat(row()).isEqualTo(before);
	}

	@Test
	void everyoneHasAHistoryBeforeTheirFirstEdit() throws Exception {
		Document history = this.pages.page(get("/history/person/" + this.other).with(user("x").roles("EDITOR")));
		Element created = history.select(".change").last();
		assertThat(created.select("h2").text()).contains("Created");
		assertThat(created.select("tr:has(th:containsOwn(name)) td.after").text()).isEqualTo("Jonas Ossowski");
		assertThat(created.select("tr:has(th:containsOwn(status)) td.after").text()).isEqualTo("published");
		assertThat(history.select("h1 + p a").attr("href")).isEqualTo("/people/" + this.other);
	}

	private ResultActions save(String... fields) throws Exception {
		return this.pages.send("/editor/people/" + this.person, fields);
	}

	private String version() {
		return Integer
			.toString(this.jdbc.queryForObject("select version from person where id = ?", Integer.class, this.person));
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap("select name, party, description, status, version from person where id = ?",
				this.person);
	}

}
