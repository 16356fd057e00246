package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.NewArticle;
import org.claimtracker.common.Publication;
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
 * An article's title, outlet, byline, date and address are fixed after it was added:
 * readers, search and history follow, its text and quotes stay, and bad or stale saves
 * change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleDetailsTest {

	@Autowired
	MockMvc mvc;

	EditorPages pages;

	@Autowired
	ArticleService articles;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	long article;

	long quote;

	@BeforeEach
	void addAPublishedArticleWithAnUndatedQuote() {
		this.pages = new EditorPages(this.mvc);
		Fixtures.Article made = this.make
			.article(new NewArticle("Bridge plans", "Valley Gazette", "A. Writer", LocalDate.of(2024, 5, 6),
					"https://example.org/bridge", "The senator said \"we will build the bridge\" at the fair."));
		this.article = made.id();
		this.quote = made.quote("we will build the bridge", this.make.person(this.make.unique("Jon Ossowski")));
		made.publish();
	}

	@Test
	void savingChangesTheDetailsKeepsTheTextAndDatesItsQuotes() throws Exception {
		Map<String, Object> before = row();
		save("title", "  Bridge plans, corrected  ", "outlet", " Hill Courier ", "byline", "  ", "publishedOn",
				"2019-03-04", "url", "https://example.org/bridge-2", "version", version())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/editor/articles/" + this.article))
			.andExpect(flash().attribute("message", "editor.article.revised"));
		this.make.removeAfter("outlet",
				this.jdbc.queryForObject("select id from outlet where name = 'Hill Courier'", Long.class));

		Map<String, Object> after = row();
		assertThat(after.get("title")).isEqualTo("Bridge plans, corrected");
		assertThat(after.get("outlet")).isEqualTo("Hill Courier");
		assertThat(after.get("byline")).isNull();
		assertThat(after.get("published_on")).isEqualTo(java.sql.Date.valueOf("2019-03-04"));
		assertThat(after.get("url")).isEqualTo("https://example.org/bridge-2");
		assertThat(after.get("body")).isEqualTo(before.get("body"));
		assertThat(after.get("body_revision")).isEqualTo(before.get("body_revision"));
		assertThat((int) after.get("version")).isEqualTo((int) before.get("version") + 1);
		assertThat(this.jdbc.queryForObject("select dated_on from quote where id = ?", LocalDate.class, this.quote))
			.isEqualTo(LocalDate.of(2019, 3, 4));

		Document reader = this.pages.page(get("/articles/" + this.article));
		assertThat(reader.select("h1").text()).isEqualTo("Bridge plans, corrected");
		assertThat(reader.select(".meta").text()).contains("Hill Courier")
			.doesNotContain("Valley Gazette", "A. Writer");
		assertThat(this.pages.hits("outlet=Hill%20Courier&from=2019-01-01&to=2019-12-31")).containsExactly(this.quote);
		assertThat(this.pages.hits("outlet=Hill%20Courier&from=2024-01-01")).isEmpty();
		// an outlet left without articles is no longer offered as a filter
		assertThat(this.pages.page(get("/search")).select("#f-outlet option").eachText()).contains("Hill Courier")
			.doesNotContain("Valley Gazette");

		Document history = this.pages.page(get("/history/article/" + this.article).with(user("x").roles("EDITOR")));
		assertThat(EditorPages.changed(history, "title")).containsExactly("Bridge plans", "Bridge plans, corrected");
		assertThat(EditorPages.changed(history, "outlet")).containsExactly("Valley Gazette", "Hill Courier");
		assertThat(EditorPages.changed(history, "published")).containsExactly("2024-05-06", "2019-03-04");
	}

	@Test
	void aBylineTypedWithByIsStoredAsTheWritersNameAlone() throws Exception {
		save("title", "Bridge plans", "outlet", "Valley Gazette", "byline", "By Dana Whitfield", "publishedOn",
				"2024-05-06", "url", "https://example.org/bridge", "version", version())
			.andExpect(status().is3xxRedirection());
		assertThat(row().get("byline")).isEqualTo("Dana Whitfield");
		assertThat(this.pages.page(get("/articles/" + this.article)).select(".meta").text())
			.contains("By Dana Whitfield")
			.doesNotContain("By By");

		this.pages
			.send("/editor/articles", "title", "Ferry plans", "outlet", "Valley Gazette", "byline", " by  Lee Ortiz",
					"publishedOn", "2024-05-07", "url", "https://example.org/ferry", "body", "The ferry runs.",
					"format", "PLAIN")
			.andExpect(status().is3xxRedirection());
		// the demo data set's article is added so
		this.make.removeAfter("article",
				this.jdbc.queryForObject("select id from article where url = 'https://example.org/ferry'", Long.class));
		this.make.removeAfter("article", this.articles
			.add(this.articles.outletNamed("Valley Gazette", Publication.PUBLISHED), "Rail plans", "BY: Kim Park",
					LocalDate.of(2024, 5, 8), "https://example.org/rail", "Trains run.", Publication.PUBLISHED)
			.getId());
		assertThat(this.jdbc.queryForList(
				"select byline from article where url in ('https://example.org/ferry', 'https://example.org/rail') order by url",
				String.class))
			.containsExactly("Lee Ortiz", "Kim Park");
	}

	@Test
	void anOutletNamedInAnotherCaseOrSpacingIsTheSameOutlet() throws Exception {
		long outlets = this.jdbc.queryForObject("select count(*) from outlet", Long.class);
		save("title", "Bridge plans", "outlet", "  valley   GAZETTE ", "publishedOn", "2024-05-06", "url",
				"https://example.org/bridge", "version", version())
			.andExpect(status().is3xxRedirection());
		assertThat(row().get("outlet")).isEqualTo("Valley Gazette");
		assertThat(this.jdbc.queryForObject("select count(*) from outlet", Long.class)).isEqualTo(outlets);
		assertThat(this.pages.hits("outlet=VALLEY%20gazette")).containsExactly(this.quote);
	}

	@Test
	void theEditPageHoldsTheDetailsAsSavedAndTheArticlePageLinksToIt() throws Exception {
		Document page = this.pages
			.page(get("/editor/articles/" + this.article + "/details").with(user("ed").roles("EDITOR")));
		assertThat(page.select("input#title").val()).isEqualTo("Bridge plans");
		assertThat(page.select("input#outlet").val()).isEqualTo("Valley Gazette");
		assertThat(page.select("input#byline").val()).isEqualTo("A. Writer");
		assertThat(page.select("input#publishedOn").val()).isEqualTo("2024-05-06");
		assertThat(page.select("input#url").val()).isEqualTo("https://example.org/bridge");
		assertThat(page.select("input[name=version]").val()).isEqualTo(version());
		assertThat(page.select("label[for=title]")).hasSize(1);

		Document editor = this.pages.page(get("/editor/articles/" + this.article).with(user("ed").roles("EDITOR")));
		assertThat(editor.select("a[href=/editor/articles/" + this.article + "/details]")).hasSize(1);
	}

	@Test
	void aSaveFromAStaleVersionIsAConflictShowingBothAndChangesNothing() throws Exception {
		String version = version();
		save("title", "Theirs", "outlet", "Valley Gazette", "publishedOn", "2024-05-06", "url",
				"https://example.org/bridge", "version", version)
			.andExpect(status().is3xxRedirection());
		Map<String, Object> saved = row();

		Document page = Jsoup.parse(save("title", "Mine", "outlet", "Hill Courier", "publishedOn", "2024-05-07", "url",
				"https://example.org/mine", "version", version)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".conflict-details tr:has(th:containsOwn(Title)) td").eachText()).containsExactly("Mine",
				"Theirs");
		assertThat(page.select(".conflict-details").text()).contains("https://example.org/mine", "Hill Courier");
		assertThat(page.select(".conflict-details tr.differs th").eachText()).containsExactly("Title", "Outlet",
				"Published on", "Original URL");
		// the form now holds the saved version, to apply the change to again
		assertThat(page.select("input#title").val()).isEqualTo("Theirs");
		assertThat(page.select("input[name=version]").val()).isEqualTo(version());
		assertThat(row()).isEqualTo(saved);
	}

	@Test
	void detailsOpenedBeforeTheTextWasCorrectedOrTheArticlePublishedStillSave() throws Exception {
		Document form = this.pages
			.page(get("/editor/articles/" + this.article + "/details").with(user("ed").roles("EDITOR")));
		String version = form.select("input[name=version]").val();
		String shown = form.select("input[name=shown]").val();
		String corrected = "The senator said \"we will build the bridge\" at the county fair.";
		this.articles.correct(this.article, Integer.parseInt(version), corrected);

		save("title", "Bridge plans, corrected", "outlet", "Valley Gazette", "publishedOn", "2024-05-06", "url",
				"https://example.org/bridge", "version", version, "shown", shown)
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(row()).containsEntry("title", "Bridge plans, corrected").containsEntry("body", corrected);

		// the details have changed since: a save from the same form is a conflict
		save("title", "Another title", "outlet", "Valley Gazette", "publishedOn", "2024-05-06", "url",
				"https://example.org/bridge", "version", version, "shown", shown)
			.andExpect(status().isConflict());
		assertThat(row()).containsEntry("title", "Bridge plans, corrected");
	}

	@Test
	void badInputIsShownOnTheFormAndChangesNothing() throws Exception {
		Map<String, Object> before = row();
		String version = version();
		String tomorrow = LocalDate.now().plusDays(2).toString();

		Document bad = EditorPages.shown(save("title", " ", "outlet", "", "publishedOn", tomorrow, "url",
				"ftp://example.org/x", "byline", "x".repeat(201), "version", version));
		assertThat(bad.select("form > [role=alert]").text()).isEqualTo("Not saved: correct the fields marked below.");
		assertThat(bad.select("#title-error").text()).isNotBlank();
		assertThat(bad.select("#outlet-error").text()).isNotBlank();
		assertThat(bad.select("#publishedOn-error").text()).isNotBlank();
		assertThat(bad.select("#url-error").text()).isEqualTo(
				"Give the full address, starting with http:// or https://, with no spaces, quotation marks or angle brackets.");
		assertThat(bad.select("#byline-error").text()).isEqualTo("Use at most 200 characters.");
		assertThat(bad.select("input#publishedOn").val()).isEqualTo(tomorrow);
		for (String field : List.of("title", "outlet", "byline", "publishedOn", "url")) {
			assertThat(bad.select("#" + field).attr("aria-describedby")).as(field).isEqualTo(field + "-error");
		}

		Document badDates = EditorPages.shown(save("title", "T", "outlet", "O", "publishedOn", "-4000-01-01", "url",
				"https://example.org/a<b>\"c\"", "version", version));
		assertThat(badDates.select("#publishedOn-error").text()).isEqualTo("Give a date in the year 1 or later.");
		assertThat(badDates.select("#url-error").text()).startsWith("Give the full address");
		assertThat(EditorPages
			.shown(save("title", "T", "outlet", "O", "publishedOn", "2024-05-06", "url", "https://example.org/a\u00a0b",
					"version", version))
			.select("#url-error")
			.text()).startsWith("Give the full address");
		assertThat(EditorPages
			.shown(save("title", "T", "outlet", "O", "publishedOn", "-5000-01-01", "url", "https://example.org/t",
					"version", version))
			.select("#publishedOn-error")
			.text()).isEqualTo("Give a date in the year 1 or later.");

		Document invisible = EditorPages.shown(save("title", "\u00a0", "outlet", "\u2007", "publishedOn", "2024-05-06",
				"url", "https://example.org/t", "version", version));
		assertThat(invisible.select("#title-error").text()).isEqualTo("This field is required.");
		assertThat(invisible.select("#outlet-error").text()).isEqualTo("This field is required.");

		long demo = this.make.article("Another article.").id();
		String taken = this.jdbc.queryForObject("select url from article where id = ?", String.class, demo);
		Document duplicate = EditorPages.shown(save("title", "T", "outlet", "Valley Gazette", "publishedOn",
				"2024-05-06", "url", taken, "version", version));
		assertThat(duplicate.select("#url-error").text())
			.isEqualTo("An article with this URL is already in the database.");
		assertThat(duplicate.select("a[href=/articles/" + demo + "]")).hasSize(1);

		Document noVersion = EditorPages.shown(save("title", "T", "outlet", "Valley Gazette", "publishedOn",
				"2024-05-06", "url", "https://example.org/t"));
		assertThat(noVersion.select("form .notice.error").text()).isNotBlank();

		save("title", "T", "outlet", "O", "publishedOn", "2024-13-45", "url", "https://example.org/t", "version",
				version)
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/editor/articles/987654321/details").with(csrf())
				.with(user("ed").roles("EDITOR"))
				.param("title", "T")
				.param("outlet", "O")
				.param("publishedOn", "2024-05-06")
				.param("url", "https://example.org/t")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		assertThat(row()).isEqualTo(before);
	}

	@Test
	void onlySignedInEditorsSave() throws Exception {
		Map<String, Object> before = row();
		this.mvc
			.perform(post("/editor/articles/" + this.article + "/details").with(csrf())
				.param("title", "T")
				.param("version", version()))
			.andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/editor/articles/" + this.article + "/details").with(user("ed").roles("EDITOR"))
				.param("title", "T")
				.param("version", version()))
			.andExpect(status().isForbidden());
		assertThat(row()).isEqualTo(before);
	}

	private ResultActions save(String... fields) throws Exception {
		return this.pages.send("/editor/articles/" + this.article + "/details", fields);
	}

	private String version() {
		return Integer.toString(
				this.jdbc.queryForObject("select version from article where id = ?", Integer.class, this.article));
	}

	private Map<String, Object> row() {
		return this.jdbc.queryForMap("""
				select a.title, o.name as outlet, a.byline, a.published_on, a.url, a.body, a.body_revision, a.version
				  from article a join outlet o on o.id = a.outlet_id where a.id = ?""", this.article);
	}

}
