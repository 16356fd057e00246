package org.claimtracker.editor;

import java.time.LocalDate;

import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.Fixtures;
import org.claimtracker.article.ArticleDetails;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.ArticleView;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Corrections of an article's text: the old text is kept as a revision, and every quote
 * and claim appearance is placed again, or flagged for review and kept, never deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionTest {

	static final String QUOTE = "We will fix every road in this city, and we will do it this year,";

	static final String APPEARANCE = "every road had been promised before";

	static final String BODY = """
			The mayor spoke at the town hall on Monday.

			“We will fix every road in this city, and we will do it this year,” the mayor said.

			Critics said every road had been promised before.""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArticleService articles;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	EvidenceService evidence;

	@Autowired
	AppearanceService appearances;

	long article;

	long quote;

	long appearance;

	long claim;

	@BeforeEach
	void publishedArticleWithAQuoteAnAppearanceAndEvidence() {
		Fixtures.Article article = this.make.article(BODY, LocalDate.of(2024, 5, 7));
		this.article = article.id();
		this.quote = article.quote(QUOTE, this.make.person(this.make.unique("Mayor Speaker")));
		this.claim = this.make.claim("Every road will be fixed this year.");
		this.appearance = article.appearance(this.claim, APPEARANCE);
		this.make.evidence(this.quote, this.claim, Stance.SUPPORTS);
		this.make.publishClaim(this.claim);
		article.publish();
	}

	@Test
	void textInsertedBeforeTheQuoteMovesItAndReadersSeeItMarkedAtItsNewPlace() throws Exception {
		Document form = page(get("/editor/articles/" + this.article + "/body").with(editor()));
		assertThat(form.select("textarea#body").text()).isEqualTo(BODY);
		assertThat(form.select("label[for=body]")).hasSize(1);
		assertThat(form.select("form[action$=/body] input[name=_csrf]")).hasSize(1);

		String insert = "Correction: an earlier version of this article gave the wrong day.";
		String corrected = insert + "\n\n" + BODY;
		Document editorPage = followed(correct(corrected, version()));
		assertThat(editorPage.select(".correction-summary").text()).contains("2 moved", "0 matched fuzzily",
				"0 flagged");

		assertThat(anchorStart("quote", this.quote)).isEqualTo(corrected.indexOf(QUOTE));
		assertThat(anchorState("quote", this.quote)).isEqualTo("ANCHORED");
		assertThat(anchorStart("claim_appearance", this.appearance)).isEqualTo(corrected.indexOf(APPEARANCE));
		String stored = this.jdbc.queryForObject("select body || '#' || body_revision from article where id = ?",
				String.class, this.article);
		assertThat(stored).isEqualTo(corrected + "#2");
		assertThat(this.jdbc.queryForList("select body from article_revision where article_id = ? order by revision",
				String.class, this.article))
			.containsExactly(BODY, corrected);

		Document reader = page(get("/articles/" + this.article).accept(MediaType.TEXT_HTML));
		Element paragraph = reader.select(".body p").get(2);
		assertThat(paragraph.select("#quote-" + this.quote)).hasSize(1);
		assertThat(paragraph.select("mark").first().text()).isEqualTo(QUOTE);
		assertThat(reader.select(".body p").get(0).text()).isEqualTo(insert);
	}

	@Test
	void anEditInsideTheQuoteIsMatchedFuzzilyAndRecordedInItsHistory() throws Exception {
		String corrected = BODY.replace("every road in this city", "every street in this city");
		Document editorPage = followed(correct(corrected, version()));
		assertThat(editorPage.select(".correction-summary").text()).contains("1 moved", "1 matched fuzzily",
				"0 flagged");
		assertThat(editorPage.select(".correction-summary .fuzzy-outcome").text())
			.contains("every street in this city");
		assertThat(this.jdbc.queryForObject("select exact from quote where id = ?", String.class, this.quote))
			.isEqualTo(QUOTE.replace("road", "street"));
		assertThat(anchorState("quote", this.quote)).isEqualTo("ANCHORED");

		Document history = page(get("/history/quote/" + this.quote).with(editor()));
		assertThat(history.select(".change").first().select("tr:has(th:contains(text)) td").eachText())
			.containsExactly(QUOTE, QUOTE.replace("road", "street"));
		Document articleHistory = page(get("/history/article/" + this.article).with(editor()));
		assertThat(articleHistory.select(".change").first().select("tr:has(th:contains(body revision)) td").eachText())
			.containsExactly("1", "2");
		// the body, longer than a line, shows the words taken out and put in
		// (said to screen readers too)
		assertThat(articleHistory.select(".change").first().select("tr:has(th:matches(^body$)) td del").eachText())
			.containsExactly("[taken out:] road");
		assertThat(articleHistory.select(".change").first().select("tr:has(th:matches(^body$)) td ins").eachText())
			.containsExactly("[put in:] street");
		assertThat(articleHistory.select(".change").first().select("tr:has(th:matches(^body$)) td.after").text())
			.contains("We will fix every [put in:] street in this city");
	}

	@Test
	void deletedWordsAreFlaggedForReviewKeptWithTheirEvidenceAndNotMarkedForReaders() throws Exception {
		String corrected = """
				The mayor spoke at the town hall on Monday.

				The mayor made a promise about the roads.

				Critics were not convinced.""";
		Document editorPage = followed(correct(corrected, version()));
		assertThat(editorPage.select(".correction-summary").text()).contains("2 flagged");
		assertThat(anchorState("quote", this.quote)).isEqualTo("NEEDS_REVIEW");
		assertThat(anchorState("claim_appearance", this.appearance)).isEqualTo("NEEDS_REVIEW");
		assertThat(this.jdbc.queryForObject("select exact from quote where id = ?", String.class, this.quote))
			.isEqualTo(QUOTE);
		assertThat(
				this.jdbc.queryForObject("select count(*) from evidence where quote_id = ?", Integer.class, this.quote))
			.isOne();
		assertThat(editorPage.select("#flagged-quote-" + this.quote + " .flagged-words").text()).isEqualTo(QUOTE);
		assertThat(editorPage.select("#flagged-appearance-" + this.appearance)).hasSize(1);
		Document appearanceHistory = page(get("/history/appearance/" + this.appearance).with(editor()));
		assertThat(appearanceHistory.select(".change").first().select("tr:has(th:contains(anchor)) td").eachText())
			.containsExactly("anchored", "needs review");
		assertThat(editorPage.select("#flagged-quote-" + this.quote + " textarea").attr("id"))
			.isEqualTo(editorPage.select("#flagged-quote-" + this.quote + " label").attr("for"));
		assertThat(editorPage.select("#flagged-quote-" + this.quote + " form").eachAttr("action"))
			.containsExactly("/editor/quotes/" + this.quote + "/anchor", "/editor/quotes/" + this.quote + "/delete");
		assertThat(editorPage.select("#flagged-appearance-" + this.appearance + " form").eachAttr("action"))
			.containsExactly("/editor/appearances/" + this.appearance + "/anchor",
					"/editor/appearances/" + this.appearance + "/delete");

		Document reader = page(get("/articles/" + this.article).accept(MediaType.TEXT_HTML));
		assertThat(reader.select(".body mark")).isEmpty();
		assertThat(reader.select("#quote-" + this.quote)).isEmpty();
		assertThat(reader.select(".quote-item").text()).contains(QUOTE);
		assertThat(reader.select(".quote-item .under-review")).hasSize(1);
		Document quotePage = page(get("/quotes/" + this.quote).accept(MediaType.TEXT_HTML));
		assertThat(quotePage.text()).contains(QUOTE);
		assertThat(quotePage.select(".under-review")).hasSize(1);
		// the claim page says so too, and links to the article, not to words no longer
		// marked in it
		Document claimPage = page(get("/claims/" + this.claim).accept(MediaType.TEXT_HTML));
		assertThat(claimPage.select(".appearance-list .under-review")).hasSize(1);
		assertThat(claimPage.select(".appearance-list a[href*=#appearance-]")).isEmpty();
		assertThat(claimPage.select(".evidence .under-review")).hasSize(1);

		// the editor marks the quote's new words, and deletes the appearance
		String words = "The mayor made a promise about the roads.";
		this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/anchor").param("exact", words)
				.param("version", Integer.toString(version("quote", this.quote))))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(anchorState("quote", this.quote)).isEqualTo("ANCHORED");
		assertThat(anchorStart("quote", this.quote)).isEqualTo(corrected.indexOf(words));
		this.mvc
			.perform(editorPost("/editor/appearances/" + this.appearance + "/delete").param("version",
					Integer.toString(version("claim_appearance", this.appearance))))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(this.jdbc.queryForObject("select count(*) from claim_appearance where id = ?", Integer.class,
				this.appearance))
			.isZero();
		assertThat(page(get("/articles/" + this.article).accept(MediaType.TEXT_HTML)).select("#quote-" + this.quote))
			.hasSize(1);
	}

	@Test
	void aFlaggedQuoteWhoseWordsAreRestoredByALaterCorrectionIsPlacedAgain() throws Exception {
		correct(BODY.replace(QUOTE, "Roads."), version()).andExpect(status().is3xxRedirection());
		assertThat(anchorState("quote", this.quote)).isEqualTo("NEEDS_REVIEW");
		Document editorPage = followed(correct(BODY, version()));
		assertThat(editorPage.select(".correction-summary").text()).contains("2 moved", "0 flagged");
		assertThat(anchorState("quote", this.quote)).isEqualTo("ANCHORED");
		assertThat(anchorStart("quote", this.quote)).isEqualTo(BODY.indexOf(QUOTE));
		assertThat(editorPage.select(".flagged-item")).isEmpty();
	}

	@Test
	void markingWordsThatAreNotInTheTextOrFromAStaleVersionChangesNothing() throws Exception {
		correct(BODY.replace(QUOTE, "Roads."), version()).andExpect(status().is3xxRedirection());
		int version = version("quote", this.quote);
		this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/anchor").param("exact", "Not in the text")
				.param("version", Integer.toString(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(anchorState("quote", this.quote)).isEqualTo("NEEDS_REVIEW");
		String html = this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/anchor").param("exact", "Roads.")
				.param("version", Integer.toString(version - 1)))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".mine-words").text()).isEqualTo("Roads.");
		assertThat(Jsoup.parse(html).select(".current-words").text()).isEqualTo(QUOTE);
		assertThat(anchorState("quote", this.quote)).isEqualTo("NEEDS_REVIEW");
	}

	@Test
	void aSecondCorrectionFromTheSameVersionGetsAConflictPageWithBothTexts() throws Exception {
		int version = version();
		String first = BODY.replace("Monday", "Tuesday");
		String second = BODY.replace("town hall", "city hall");
		correct(first, version).andExpect(status().is3xxRedirection());
		String html = correct(second, version).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".mine-body").text()).contains("city hall");
		assertThat(page.select(".current-body").text()).contains("Tuesday").doesNotContain("city hall");
		assertThat(page.select("textarea#body").text()).contains("Tuesday");
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(first);
	}

	@Test
	void aCorrectionOpenedBeforeTheDetailsWereEditedStillApplies() throws Exception {
		Document form = page(get("/editor/articles/" + this.article + "/body").with(editor()));
		String version = form.select("input[name=version]").val();
		String revision = form.select("input[name=revision]").val();
		ArticleView before = this.articles.draft(this.article);
		this.articles.revise(this.article, before.version(), new ArticleDetails("A new title", before.outlet(),
				before.byline(), before.publishedOn(), before.url()));

		String corrected = BODY.replace("Monday", "Tuesday");
		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/body").param("body", corrected)
				.param("version", version)
				.param("revision", revision))
			.andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(this.jdbc.queryForMap("select title, body from article where id = ?", this.article))
			.containsEntry("title", "A new title")
			.containsEntry("body", corrected);

		// the text has changed since: a correction from the same form is a conflict
		this.mvc
			.perform(editorPost("/editor/articles/" + this.article + "/body")
				.param("body", BODY.replace("town hall", "city hall"))
				.param("version", version)
				.param("revision", revision))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(corrected);
	}

	@Test
	void readersCannotCorrectAndAnEmptyTextIsRefused() throws Exception {
		this.mvc
			.perform(post("/editor/articles/" + this.article + "/body").with(csrf())
				.param("body", "Defaced.")
				.param("version", Integer.toString(version())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/editor/articles/" + this.article + "/body").with(editor())
				.param("body", "Defaced.")
				.param("version", Integer.toString(version())))
			.andExpect(status().isForbidden());
		String html = correct("  \n ", version()).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#body-error")).hasSize(1);
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(BODY);
	}

	@Test
	void hostileTextIsStoredAsGivenAndRenderedInert() throws Exception {
		String hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";
		String corrected = BODY + "\n\n" + hostile;
		correct(corrected, version()).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(corrected);
		String html = this.mvc.perform(get("/articles/" + this.article).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
		assertThat(anchorState("quote", this.quote)).isEqualTo("ANCHORED");
	}

	private org.springframework.test.web.servlet.ResultActions correct(String body, int version) throws Exception {
		return this.mvc.perform(editorPost("/editor/articles/" + this.article + "/body").param("body", body)
			.param("version", Integer.toString(version)));
	}

	private Document followed(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		MvcResult redirect = result.andExpect(redirectedUrl("/editor/articles/" + this.article)).andReturn();
		// the flash attributes live in the session, which is kept in the database
		return page(get(redirect.getResponse().getRedirectedUrl()).with(editor())
			.cookie(redirect.getResponse().getCookie("SESSION")));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private int version() {
		return version("article", this.article);
	}

	private int version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Integer.class, id);
	}

	private int anchorStart(String table, long id) {
		return this.jdbc.queryForObject("select anchor_start from " + table + " where id = ?", Integer.class, id);
	}

	private String anchorState(String table, long id) {
		return this.jdbc.queryForObject("select anchor_state from " + table + " where id = ?", String.class, id);
	}

	private static MockHttpServletRequestBuilder editorPost(String path) {
		return post(path).with(csrf()).with(editor());
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
