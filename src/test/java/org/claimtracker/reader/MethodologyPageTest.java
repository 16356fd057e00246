package org.claimtracker.reader;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimtracker.DemoIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "About and methodology" page explains what readers see, under anchors that stay
 * put, and every claim and quote page links to the part that explains it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MethodologyPageTest {

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
	void everyPartHasItsAnchorAndTheContentsLeadToThem() throws Exception {
		Document about = page("/about");
		assertThat(about.select("h1").text()).isEqualTo("About and methodology");
		Set<String> anchors = anchors(about);
		assertThat(anchors).contains("claims", "kinds", "stance", "evidence", "counts", "ratings", "corrections",
				"editors", "citing");
		List<String> contents = about.select("nav.contents a").eachAttr("href");
		assertThat(contents).hasSize(9);
		for (String href : contents) {
			assertThat(anchors).as(href).contains(href.substring(1));
		}
		// ids are unique, or a link could lead to the wrong one
		assertThat(about.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
	}

	@Test
	void theRatingsPartDescribesTheScaleTheRaterAndOtherFactCheckers() throws Exception {
		Element ratings = page("/about").selectFirst("section:has(> h2#ratings)");
		assertThat(ratings.select("dt").eachText()).containsExactly("True", "Mostly true", "Half true", "Mostly false",
				"False", "Not rated");
		assertThat(ratings.text()).contains("rationale", "who rated", "draft", "other fact-checkers",
				"their own scale");
	}

	@Test
	void claimAndQuotePagesLinkToAnchorsThatExist() throws Exception {
		Set<String> anchors = anchors(page("/about"));
		List<Long> claims = this.jdbc.queryForList("select id from claim where status = 'PUBLISHED'", Long.class);
		List<Long> quotes = this.jdbc.queryForList("select id from quote where status = 'PUBLISHED'", Long.class);
		assertThat(claims).hasSize(8);
		assertThat(quotes).hasSize(8);
		for (long claim : claims) {
			List<String> links = methodLinks(page("/claims/" + claim));
			assertThat(links).as("claim %d", claim).contains("#ratings", "#counts", "#editors");
			links.forEach((link) -> assertThat(anchors).as("claim %d: %s", claim, link).contains(link.substring(1)));
		}
		for (long quote : quotes) {
			Document page = page("/quotes/" + quote);
			List<String> links = methodLinks(page);
			assertThat(links).as("quote %d", quote).contains("#kinds");
			// the link to the stances sits with the claims the quote bears on
			assertThat(page.select("section:has(> h2#claims) a[href=/about#stance]")).as("quote %d", quote).hasSize(1);
			links.forEach((link) -> assertThat(anchors).as("quote %d: %s", quote, link).contains(link.substring(1)));
		}
		long race = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'", Long.class);
		assertThat(methodLinks(page("/races/" + race))).contains("#stance");
		for (String list : new String[] { "/claims", "/", "/races/" + race }) {
			methodLinks(page(list)).forEach((link) -> assertThat(anchors).as(list).contains(link.substring(1)));
		}
	}

	@Test
	void theQuoteKindLinkSitsNextToTheKind() throws Exception {
		Document page = page("/quotes/" + this.ids.quote("Ossoff promised"));
		Element caption = page.selectFirst(".lead-quote figcaption");
		assertThat(caption.select(".kind").text()).isEqualTo("Paraphrase");
		assertThat(caption.select("a[href=/about#kinds]")).hasSize(1);
	}

	/** The fragments of links to the methodology page, such as "#ratings". */
	private static List<String> methodLinks(Document page) {
		return page.select("main a[href^=/about#]").eachAttr("href").stream().map((h) -> h.substring(6)).toList();
	}

	private static Set<String> anchors(Document page) {
		return new LinkedHashSet<>(page.select("[id]").eachAttr("id"));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
