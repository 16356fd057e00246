package org.claimtracker.editor;

import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimPicker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor adds an article, marks quotes in it, links one to a claim and publishes;
 * readers then see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EditorFlowTest {

	static final String BODY = """
			The mayor spoke at the town hall on Monday.

			“We will fix every road in this city,” the mayor said. “Every road.”

			Critics said every road had been promised before.""";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A listed person, to mark quotes of. */
	long speaker;

	@BeforeEach
	void speaker() {
		this.speaker = this.make.person(this.make.unique("Sam Speaker"));
	}

	@Test
	void addAnnotateLinkPublish() throws Exception {
		long article = addArticle("https://example.org/roads", BODY);
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, article))
			.isEqualTo("DRAFT");
		this.mvc.perform(get("/articles/" + article).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(get("/articles/" + article).with(editor())).andExpect(status().isOk());

		// without JavaScript: the exact words, found by the server
		String exact = "We will fix every road in this city,";
		this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", exact)
				.param("newSpeaker", "Mayor Dana Whitfield")
				.param("newSpeakerParty", "Independent")
				.param("kind", "DIRECT")
				.param("saidOn", "2024-05-06")
				.param("context", "town hall"))
			.andExpect(redirectedUrlPattern("/editor/articles/*"));
		long quote = this.jdbc.queryForObject("select id from quote where article_id = ?", Long.class, article);
		assertThat(this.jdbc.queryForObject("select anchor_start from quote where id = ?", Integer.class, quote))
			.isEqualTo(BODY.indexOf(exact));
		long mayor = this.jdbc.queryForObject("select speaker_id from quote where id = ?", Long.class, quote);
		this.mvc.perform(get("/people/" + mayor).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		assertThat(Jsoup.parse(
				this.mvc.perform(get("/people/" + mayor).with(editor())).andReturn().getResponse().getContentAsString())
			.select(".person-page .badge.draft")
			.text()).isEqualTo("Draft");

		// link it to a claim, then publish the article with its quote and evidence
		long claim = this.make.claim(this.make.unique("The city has fixed its roads"));
		this.make.publishClaim(claim);
		this.mvc
			.perform(editorPost("/editor/quotes/" + quote + "/evidence").param("claimId", Long.toString(claim))
				.param("stance", "CONTRADICTS")
				.param("rationale", "Unrelated on purpose, for the test."))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(editorPost("/editor/articles/" + article + "/publish").param("confirm", "true"))
			.andExpect(status().is3xxRedirection());

		Document claimPage = Jsoup.parse(this.mvc.perform(get("/claims/" + claim).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(claimPage.select(".side-contradicts blockquote").text()).contains(exact);
		assertThat(claimPage.select(".side-contradicts figcaption").text()).contains("Mayor Dana Whitfield");
		// the speaker added while marking the quote is published with it: the quote's
		// link leads somewhere
		this.mvc.perform(get("/people/" + mayor).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void editorsSeeDraftsMarkedOnReaderPages() throws Exception {
		this.mvc
			.perform(
					editorPost("/editor/claims").param("statement", "A claim still in draft.").param("kind", "FACTUAL"))
			.andExpect(status().is3xxRedirection());
		long draft = this.jdbc.queryForObject("select id from claim where statement = 'A claim still in draft.'",
				Long.class);
		Document list = Jsoup
			.parse(this.mvc.perform(get("/claims").with(editor())).andReturn().getResponse().getContentAsString());
		assertThat(list.select(".claim-item:has(a[href=/claims/" + draft + "]) .badge.draft").text())
			.isEqualTo("Draft");
		assertThat(list.select(".claim-item .badge.draft")).hasSize(1);
		Document page = Jsoup.parse(this.mvc.perform(get("/claims/" + draft).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".claim-page .badge.draft").text()).isEqualTo("Draft");
		this.mvc.perform(get("/claims/" + draft).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void publishingAClaimPublishesItsSubjectStillInDraft() throws Exception {
		long article = addArticle("https://example.org/roads-subject", BODY);
		this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", "Every road.")
				.param("newSpeaker", "Councillor Ada Brook")
				.param("kind", "DIRECT"))
			.andExpect(status().is3xxRedirection());
		long councillor = this.jdbc.queryForObject("select id from person where name = 'Councillor Ada Brook'",
				Long.class);
		this.mvc
			.perform(editorPost("/editor/claims").param("statement", "Ada Brook wants every road fixed.")
				.param("kind", "POSITION")
				.param("subjectId", Long.toString(councillor)))
			.andExpect(status().is3xxRedirection());
		long claim = this.jdbc.queryForObject("select id from claim where subject_id = ?", Long.class, councillor);
		this.mvc.perform(get("/people/" + councillor).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(editorPost("/editor/claims/" + claim + "/publish")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/people/" + councillor).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void ambiguousWordsAskWhichOccurrence() throws Exception {
		long article = addArticle("https://example.org/roads-2", BODY);
		String html = this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", "every road")
				.param("speakerId", Long.toString(this.speaker))
				.param("kind", "PARTIAL"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("input[name=occurrence]")).hasSize(2);
		assertThat(page.text()).contains("occur 2 times");
		int second = BODY.indexOf("every road", BODY.indexOf("every road") + 1);
		this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", "every road")
				.param("occurrence", Integer.toString(second))
				.param("speakerId", Long.toString(this.speaker))
				.param("kind", "PARTIAL"))
			.andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("select anchor_start from quote where article_id = ?", Integer.class, article))
			.isEqualTo(second);
	}

	@Test
	void selectorsThatDoNotMatchAreRefused() throws Exception {
		long article = addArticle("https://example.org/roads-3", BODY);
		String html = this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", "The mayor")
				.param("start", "4")
				.param("end", "13")
				.param("speakerId", Long.toString(this.speaker))
				.param("kind", "DIRECT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("does not match the article text");
		this.mvc
			.perform(editorPost("/editor/articles/" + article + "/quotes").param("exact", "not in the text")
				.param("speakerId", Long.toString(this.speaker))
				.param("kind", "DIRECT"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Long.class, article))
			.isZero();
	}

	@Test
	void badArticleFormReRendersWithFieldErrorsAndDuplicateUrlLinksToTheExisting() throws Exception {
		String html = this.mvc
			.perform(editorPost("/editor/articles").param("title", " ")
				.param("byline", "b".repeat(201))
				.param("url", "not a url")
				.param("publishedOn", "2999-01-01")
				.param("format", "XML"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".field-error").eachAttr("id")).contains("title-error", "outlet-error", "url-error",
				"publishedOn-error", "body-error", "format-error");
		assertThat(page.select("#format-error").text()).isEqualTo("Choose plain text or HTML.");
		assertThat(page.select("#title-error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#byline-error").text()).isEqualTo("Use at most 200 characters.");
		assertThat(page.select("#publishedOn").val()).isEqualTo("2999-01-01");
		assertThat(page.select("#url-error").text()).isEqualTo(
				"Give the full address, starting with http:// or https://, with no spaces, quotation marks or angle brackets.");
		Document noUrl = Jsoup.parse(this.mvc.perform(editorPost("/editor/articles").param("url", ""))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(noUrl.select("#url-error").text()).isEqualTo("This field is required.");
		long article = this.make.article("An article already in.").id();
		String existing = this.jdbc.queryForObject("select url from article where id = ?", String.class, article);
		html = this.mvc
			.perform(editorPost("/editor/articles").param("title", "Copy")
				.param("outlet", "The Example Gazette")
				.param("publishedOn", "2020-12-30")
				.param("url", existing)
				.param("body", "Text")
				.param("format", "PLAIN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("already in the database").contains("href=\"/articles/" + article + "\"");
	}

	@Test
	void htmlBodiesBecomeCleanParagraphsAndHostileTextIsKeptAsGiven() throws Exception {
		String title = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";
		this.mvc.perform(editorPost("/editor/articles").param("title", title)
			.param("outlet", "Ünïcode Times ‮")
			.param("publishedOn", "2024-05-01")
			.param("url", "https://example.org/html")
			.param("format", "HTML")
			.param("body", "<p>First <b>bold</b> para.</p><script>alert(2)</script><div><p>Second “para”.</p></div>"))
			.andExpect(status().is3xxRedirection());
		long article = this.jdbc.queryForObject("select id from article where url = 'https://example.org/html'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, article))
			.isEqualTo("First bold para.\n\nSecond “para”.");
		assertThat(this.jdbc.queryForObject("select title from article where id = ?", String.class, article))
			.isEqualTo(title);
		String html = this.mvc.perform(get("/editor/articles/" + article).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");
	}

	@Test
	void theDeskListsTheNewestClaimsAndLinksToThemAll() throws Exception {
		this.jdbc.update(
				"insert into claim (statement, kind) select 'Desk claim ' || n, 'FACTUAL' from generate_series(1, ?) n",
				DeskController.RECENT + 5);
		Document desk = Jsoup
			.parse(this.mvc.perform(get("/editor").with(editor())).andReturn().getResponse().getContentAsString());
		List<String> claims = desk.select("#desk-claims ~ ul > li > a:first-child").eachText();
		assertThat(claims).hasSize(DeskController.RECENT).startsWith("Desk claim " + (DeskController.RECENT + 5));
		assertThat(desk.select("#desk-claims ~ p a").attr("href")).isEqualTo("/claims");
	}

	@Test
	void claimsToLinkAreFoundByTheirWordsAndTheChosenOneStaysListed() throws Exception {
		Fixtures.Article article = this.make.article("The mayor promised to support the bridge.");
		long quote = article.quote("promised to support the bridge", this.speaker);
		String word = this.make.unique("Bridge").substring("Bridge ".length());
		long bridge = this.make.claim("The mayor supports the bridge of " + word + ".");
		this.make.publishClaim(bridge);
		article.publish();
		String find = word.toUpperCase();
		Document found = page(get("/editor/quotes/" + quote + "?find=" + find).with(editor()));
		assertThat(found.select("#claimId option[value!='']").eachAttr("value")).containsExactly(Long.toString(bridge));
		assertThat(found.select("#find-claim-note").text()).isEqualTo("Claims with “" + find + "”: 1 listed.");
		assertThat(page(get("/editor/quotes/" + quote + "?find=100%_").with(editor()))
			.select("#claimId option[value!='']")).isEmpty();

		// more claims than the list holds: the oldest drop out of it, unless chosen or
		// among the claims closest to the quote
		this.jdbc.update(
				"insert into claim (statement, kind) select 'Newer claim ' || n, 'FACTUAL' from generate_series(1, ?) n",
				ClaimPicker.TO_PICK);
		Document newer = page(get("/editor/quotes/" + quote).with(editor()));
		assertThat(newer.select("#claimId .other-claims option[value=" + bridge + "]")).isEmpty();
		assertThat(newer.select("#claimId .closest-claims option").eachAttr("value")).contains(Long.toString(bridge));
		Document refused = page(
				editorPost("/editor/quotes/" + quote + "/evidence").param("claimId", Long.toString(bridge))
					.param("stance", "SUPPORTS")
					.param("rationale", " "));
		assertThat(refused.select("#claimId option[value=" + bridge + "]").hasAttr("selected")).isTrue();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theClaimFormIsTitledForWritingOrRevising() throws Exception {
		assertThat(title("/editor/claims/new")).isEqualTo("Write a claim — ClaimTracker");
		assertThat(title("/editor/claims/" + this.make.claim(this.make.unique("The roads are fixed"))))
			.isEqualTo("Revise the claim — ClaimTracker");
	}

	private String title(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(editor())).andReturn().getResponse().getContentAsString())
			.title();
	}

	private long addArticle(String url, String body) throws Exception {
		String location = this.mvc
			.perform(editorPost("/editor/articles").param("title", "Roads, again")
				.param("outlet", "The Example Gazette")
				.param("byline", "A. Reporter")
				.param("publishedOn", "2024-05-07")
				.param("url", url)
				.param("format", "PLAIN")
				.param("body", body))
			.andExpect(redirectedUrlPattern("/editor/articles/*/review"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.split("/")[3]);
	}

	private static MockHttpServletRequestBuilder editorPost(String path) {
		return post(path).with(csrf()).with(editor());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
