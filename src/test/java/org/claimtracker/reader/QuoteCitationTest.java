package org.claimtracker.reader;

import java.time.LocalDate;

import org.claimtracker.DemoIds;
import org.claimtracker.Fixtures;
import org.claimtracker.article.NewArticle;
import org.claimtracker.quote.QuoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A quote's citations: the three styles on its page, and the BibTeX and CSL-JSON files,
 * of the demo data set and of an article whose title is hostile to both formats.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteCitationTest {

	private static final String PERMALINK = "http://localhost:8080/quotes/";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void theQuotePageOffersEachStyleInALabelledFieldWithACopyButtonAndTheDownloads() throws Exception {
		long q1 = this.ids.quote("I think that federal");
		Document page = page("/quotes/" + q1);
		for (String id : new String[] { "citation", "citation-apa", "citation-mla", "citation-chicago" }) {
			assertThat(page.select("label[for=" + id + "]").text()).as(id).isNotBlank();
			assertThat(page.select("textarea[readonly]#" + id).text()).as(id)
				.contains(PERMALINK + q1)
				.contains("Breitbart News");
			assertThat(page.select("button[data-copy=" + id + "]")).as(id).hasSize(1);
		}
		assertThat(page.select("#citation-apa").text())
			.startsWith("Binder, J. (2020, December 30). Democrat Jon Ossoff")
			.contains("[Quoting Jon Ossoff]")
			.contains("Retrieved ");
		assertThat(page.select("#citation-mla").text()).startsWith("Binder, John. “Democrat Jon Ossoff")
			.contains("Breitbart News, 30 Dec. 2020, ")
			.contains("Quoting Jon Ossoff. ClaimTracker, " + PERMALINK + q1 + ". Accessed "
					+ LocalDate.now().getDayOfMonth() + " ");
		assertThat(page.select("#citation-chicago").text()).startsWith("Binder, John. “Democrat Jon Ossoff")
			.contains("Breitbart News, December 30, 2020.")
			.contains("Quoting Jon Ossoff. ClaimTracker, " + PERMALINK + q1 + ". Accessed ");
		assertThat(page.select("a[download][href=/quotes/" + q1 + "/citation.bib]")).hasSize(1);
		assertThat(page.select("a[download][href=/quotes/" + q1 + "/citation.json]")).hasSize(1);
	}

	@Test
	void aParaphraseIsCitedAsTheOutletsAccountInEveryStyleAndFile() throws Exception {
		long q5 = this.ids.quote("Ossoff promised");
		Document page = page("/quotes/" + q5);
		for (String id : new String[] { "citation-apa", "citation-mla", "citation-chicago" }) {
			assertThat(page.select("#" + id).text()).as(id)
				.contains("Paraphrasing Jon Ossoff (not a quotation)")
				.doesNotContain("Quoting");
		}
		assertThat(download("/quotes/" + q5 + "/citation.bib").getContentAsString())
			.contains("note = {Paraphrasing Jon Ossoff (not a quotation).");
		assertThat(csl(download("/quotes/" + q5 + "/citation.json")).get("note").asString())
			.startsWith("Paraphrasing Jon Ossoff (not a quotation).");
	}

	@Test
	void bibTexIsAnAttachedArticleEntryWithTheAccessDateAndPermalink() throws Exception {
		long q1 = this.ids.quote("I think that federal");
		MockHttpServletResponse bib = download("/quotes/" + q1 + "/citation.bib");
		assertThat(bib.getContentType()).isEqualTo("application/x-bibtex;charset=UTF-8");
		assertThat(bib.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"claimtracker-quote-" + q1 + ".bib\"");
		assertThat(bib.getContentAsString())
			.startsWith("@article{claimtracker-quote-" + q1 + ",\n  author = {Binder, John},\n")
			.contains("journal = {Breitbart News},")
			.contains("date = {2020-12-30},")
			.contains("urldate = {" + LocalDate.now() + "},")
			.contains("url = {https://www.breitbart.com/politics/2020/12/30/")
			.contains("ClaimTracker, " + PERMALINK + q1 + ", accessed " + LocalDate.now());
	}

	@Test
	void cslJsonIsAnAttachedNewspaperArticleItemWithTheAccessDateAndPermalink() throws Exception {
		long q1 = this.ids.quote("I think that federal");
		MockHttpServletResponse json = download("/quotes/" + q1 + "/citation.json");
		assertThat(json.getContentType()).isEqualTo("application/vnd.citationstyles.csl+json");
		assertThat(json.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"claimtracker-quote-" + q1 + ".json\"");
		JsonNode item = csl(json);
		assertThat(item.get("type").asString()).isEqualTo("article-newspaper");
		assertThat(item.get("container-title").asString()).isEqualTo("Breitbart News");
		assertThat(item.get("author").get(0).get("family").asString()).isEqualTo("Binder");
		assertThat(item.get("issued").toString()).isEqualTo("{\"date-parts\":[[2020,12,30]]}");
		LocalDate today = LocalDate.now();
		assertThat(item.get("accessed").toString()).isEqualTo("{\"date-parts\":[[" + today.getYear() + ","
				+ today.getMonthValue() + "," + today.getDayOfMonth() + "]]}");
		assertThat(item.get("archive_location").asString()).isEqualTo(PERMALINK + q1);
	}

	@Test
	void aHostileTitleIsEscapedInBibTexAndJsonAndInertOnThePage() throws Exception {
		String title = "50% & {rising} \\ <script>alert(1)</script> “Núñez” $x_1";
		String body = this.make.unique("Núñez said the county would act.");
		var article = this.make
			.article(new NewArticle(title, this.make.unique("Fixture Gazette"), "Zoë Ødegaard", Fixtures.PUBLISHED_ON,
					"https://example.org/fixtures/" + this.make.unique("hostile").replace(' ', '-'), body));
		long speaker = this.make.person(this.make.unique("Ana Núñez"));
		long quote = article.quote("the county would act", speaker, QuoteKind.PARTIAL);
		article.publish();
		String bib = download("/quotes/" + quote + "/citation.bib").getContentAsString();
		assertThat(bib)
			.contains("title = {{50\\% \\& \\{rising\\} \\textbackslash{} <script>alert(1)</script> "
					+ "“Núñez” \\$x\\_1}},")
			.contains("author = {Ødegaard, Zoë},")
			.contains("note = {Quoting Ana Núñez");
		MockHttpServletResponse json = download("/quotes/" + quote + "/citation.json");
		assertThat(json.getContentAsString()).doesNotContain("<script>");
		assertThat(csl(json).get("title").asString()).isEqualTo(title);
		Document page = page("/quotes/" + quote);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("#citation-mla").text()).contains("Ødegaard, Zoë. “50% & {rising}")
			.contains("Quoting Ana Núñez")
			.contains(" in part.");
	}

	@Test
	void anUnknownOrDraftQuoteHasNoCitationAndABadIdIsRefused() throws Exception {
		this.mvc.perform(get("/quotes/98765432/citation.bib")).andExpect(status().isNotFound());
		this.mvc.perform(get("/quotes/98765432/citation.json")).andExpect(status().isNotFound());
		this.mvc.perform(get("/quotes/abc/citation.bib")).andExpect(status().isBadRequest());
		var article = this.make.article(this.make.unique("Dana Draft said nothing yet."));
		long draft = article.quote("said nothing yet", this.make.person(this.make.unique("Dana Draft")));
		this.mvc.perform(get("/quotes/" + draft + "/citation.json")).andExpect(status().isNotFound());
		this.mvc.perform(get("/quotes/" + draft + "/citation.bib")).andExpect(status().isNotFound());
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static JsonNode csl(MockHttpServletResponse response) throws Exception {
		JsonNode items = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
		assertThat(items.size()).isEqualTo(1);
		return items.get(0);
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
