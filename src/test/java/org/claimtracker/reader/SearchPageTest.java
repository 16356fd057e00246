package org.claimtracker.reader;

import java.util.List;

import org.claimtracker.DemoIds;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search page on the demo data set: query syntax, filters, facets, paging and bad
 * filters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuoteService quotes;

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void wordsAreStemmed() throws Exception {
		Document page = search("q=opposes");
		assertThat(hits(page)).containsExactlyInAnyOrder(this.ids.quote("I think that federal"),
				this.ids.quote("Ossoff said he opposed"));
		assertThat(page.select(".search-total").text()).isEqualTo("2 quotes");
		assertThat(page.select(".hit mark.match").eachText()).containsOnly("oppose", "opposed");
		// the words around the matches are there too, unmarked
		assertThat(page.select(".hit blockquote p")).allSatisfy((snippet) -> assertThat(snippet.text())
			.hasSizeGreaterThan(snippet.select("mark").text().length() + 20));
	}

	@Test
	void totalsReadAsWords() throws Exception {
		assertThat(search("q=\"purview of federal authorities\"").select(".search-total").text()).isEqualTo("1 quote");
		assertThat(search("q=zzyzx").select(".search-total").text()).isEqualTo("No quotes");
	}

	@Test
	void phrasesMatchInOrder() throws Exception {
		List<Long> phrase = this.jdbc.queryForList("select id from quote where exact ilike '%law enforcement%'",
				Long.class);
		assertThat(phrase).hasSize(4);
		assertThat(hits(search("q=\"law enforcement\""))).containsExactlyInAnyOrderElementsOf(phrase);
		assertThat(hits(search("q=\"enforcement law\""))).isEmpty();
		assertThat(hits(search("q=enforcement law"))).containsAll(phrase);
	}

	@Test
	void orAndExclusion() throws Exception {
		assertThat(hits(search("q=amnesty or bipartisan"))).containsExactlyInAnyOrder(this.ids.quote("Ossoff promised"),
				this.ids.quote("It is one of my top goals"));
		List<Long> immigration = hits(search("q=immigration"));
		List<Long> withoutReform = hits(search("q=immigration -reform"));
		assertThat(withoutReform).isNotEmpty().doesNotContain(this.ids.quote("The big picture"));
		assertThat(immigration).contains(this.ids.quote("The big picture")).containsAll(withoutReform);
	}

	@Test
	void apostrophesAndQuoteMarksAreFolded() throws Exception {
		long heresWhy = this.ids.quote("I think that federal");
		assertThat(hits(search("q=here's"))).containsExactly(heresWhy);
		assertThat(hits(search("q=here’s"))).containsExactly(heresWhy);
		assertThat(hits(search("q=“can't have”"))).containsExactly(this.ids.quote("We can’t have"));
	}

	@Test
	void namesForgiveTypos() throws Exception {
		long ossoff = this.ids.person("Jon Ossoff");
		long quotesByOssoff = count("select count(*) from quote where speaker_id = " + ossoff);
		Document bySpeaker = search("speaker=Osoff");
		assertThat(hits(bySpeaker)).hasSize((int) quotesByOssoff);
		assertThat(bySpeaker.select(".hit .meta a[href=/people/" + ossoff + "]")).hasSize((int) quotesByOssoff);
		assertThat(bySpeaker.text()).contains("Quotes by: Jon Ossoff").doesNotContain("Also quotes by");
		Document byWord = search("q=Osoff");
		assertThat(hits(byWord)).hasSize((int) quotesByOssoff);
		assertThat(byWord.text()).contains("Also quotes by: Jon Ossoff");
		assertThat(hits(search("q=Shumer immigration"))).containsExactlyInAnyOrder(this.ids.quote("The big picture"),
				this.ids.quote("It is one of my top goals"));
	}

	@Test
	void eachFilterNarrows() throws Exception {
		assertThat(hits(search("kind=paraphrase"))).containsExactlyInAnyOrder(this.ids.quote("Ossoff said he opposed"),
				this.ids.quote("Ossoff promised"));
		assertThat(hits(search("party=democratic&size=50"))).hasSize(8);
		assertThat(hits(search("party=Republican"))).isEmpty();
		assertThat(hits(search("outlet=Breitbart News&size=50"))).hasSize(8);
		long c3 = this.ids.claim("Under 287(g)");
		assertThat(hits(search("claim=" + c3))).containsExactlyElementsOf(
				this.jdbc.queryForList("select quote_id from evidence where claim_id = ?", Long.class, c3));
		assertThat(hits(search("stance=contradicts"))).containsExactlyInAnyOrderElementsOf(this.jdbc
			.queryForList("select distinct quote_id from evidence where stance = 'CONTRADICTS'", Long.class));
		assertThat(hits(search("topic=policing&size=50")))
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList("""
					select distinct e.quote_id from evidence e join claim_topic ct on ct.claim_id = e.claim_id
					  join topic t on t.id = ct.topic_id where t.slug = 'policing'""", Long.class));
		assertThat(hits(search("from=2020-12-30&to=2020-12-30&size=50"))).hasSize(8);
		assertThat(hits(search("from=2021-01-01"))).isEmpty();
		assertThat(hits(search("to=2020&size=50"))).hasSize(8);
		assertThat(hits(search("q=immigration&speaker=Chuck Schumer&kind=direct"))).hasSize(2);
	}

	@Test
	void facetsCountAndNarrow() throws Exception {
		Document page = search("q=immigration");
		long total = hits(page).size();
		assertThat(page.select(".facets h3").eachText()).contains("Speaker", "Party", "Outlet", "Topic", "Year said");
		assertThat(page.select(".facet li").eachText()).contains("Breitbart News " + total, "2020 " + total,
				"Democratic " + total);
		String schumer = page.select(".facet a:contains(Chuck Schumer)").attr("href");
		assertThat(schumer).isEqualTo("/search?q=immigration&speaker=Chuck+Schumer");
		assertThat(hits(search(schumer.substring("/search?".length())))).hasSize(2);
		String year = page.select(".facet a:contains(2020)").attr("href");
		assertThat(year).isEqualTo("/search?q=immigration&from=2020-01-01&to=2020-12-31");
	}

	@Test
	void hitsShowWhoWhereWhenClaimsPermalinkAndCitation() throws Exception {
		Document page = search("q=\"bonds of trust\"");
		long id = this.ids.quote("There have to be bonds");
		assertThat(page.select(".hit a[href=/quotes/" + id + "]").text()).isEqualTo("Permalink");
		assertThat(page.select(".hit").text()).contains("Jon Ossoff (Democratic)", "Direct quote", "30 December 2020",
				"Breitbart News");
		assertThat(page.select(".hit .claim-stances li"))
			.hasSize(count("select count(*) from evidence where quote_id = " + id).intValue());
		assertThat(page.select(".hit textarea.citation").text()).startsWith("Jon Ossoff, quoted in ")
			.contains("Breitbart News, 30 December 2020, https://www.breitbart.com/");
	}

	@Test
	@Transactional
	void editorsSeeDraftHitsMarkedAndReadersDoNot() throws Exception {
		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class,
				this.ids.article());
		int start = body.indexOf("Georgia");
		long draft = this.quotes.create(new NewQuote(this.ids.article(), this.ids.person("Jon Ossoff"),
				QuoteKind.PARTIAL, null, null, start, start + "Georgia".length(), "Georgia"));
		Document editors = Jsoup.parse(this.mvc.perform(get("/search?q=Georgia").with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(editors.select("#hit-" + draft + " .badge.draft").text()).isEqualTo("Draft");
		assertThat(editors.select("li.hit:not(#hit-" + draft + ")")).isNotEmpty();
		assertThat(editors.select("li.hit:not(#hit-" + draft + ") .badge.draft")).isEmpty();
		assertThat(hits(search("q=Georgia"))).doesNotContain(draft);
	}

	@Test
	void pagesAndOrder() throws Exception {
		List<Long> first = hits(search("outlet=Breitbart News&size=3&sort=oldest"));
		List<Long> second = hits(search("outlet=Breitbart News&size=3&sort=oldest&page=2"));
		List<Long> third = hits(search("outlet=Breitbart News&size=3&sort=oldest&page=3"));
		assertThat(first).hasSize(3);
		assertThat(third).hasSize(2);
		assertThat(first).doesNotContainAnyElementsOf(second);
		List<Long> all = this.jdbc.queryForList("select id from quote order by id", Long.class);
		assertThat(first).isEqualTo(all.subList(0, 3));
		assertThat(hits(search("outlet=Breitbart News&size=50&sort=newest")))
			.isEqualTo(this.jdbc.queryForList("select id from quote order by id desc", Long.class));
		Document page = search("outlet=Breitbart News&size=3&page=2");
		assertThat(page.select(".pager").text()).contains("Page 2 of 3");
		assertThat(page.title()).isEqualTo("Search quotes — page 2 — ClaimTracker");
		assertThat(search("q=Georgia&size=2&page=2").title())
			.isEqualTo("“Georgia” — quote search — page 2 — ClaimTracker");
		assertThat(search("q=Georgia&size=2&page=1").title()).isEqualTo("“Georgia” — quote search — ClaimTracker");
		assertThat(page.select(".pager a[rel=next]").attr("href"))
			.isEqualTo("/search?outlet=Breitbart+News&size=3&page=3");
	}

	@Test
	void emptyAndWordlessQueriesExplainThemselves() throws Exception {
		assertThat(search("").select(".hit")).isEmpty();
		assertThat(search("q=the and of").text()).contains("only very common words");
		assertThat(search("q=🙂").text()).contains("no letters or digits");
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		String html = this.mvc.perform(get("/search?q=amnesty").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<html")
			.startsWith("<title>“amnesty” — quote search — ClaimTracker</title>\n<div id=\"results\"");
		assertThat(Jsoup.parse(html).select(".hit")).hasSize(1);
	}

	/**
	 * Going back to a search htmx no longer holds, it asks again as htmx and puts the
	 * answer in place of the whole page: that answer is the whole page.
	 */
	@Test
	void goingBackPastHtmxsHistoryGetsTheWholePage() throws Exception {
		MockHttpServletResponse restored = this.mvc
			.perform(get("/search?q=amnesty").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(restored.getContentAsString());
		assertThat(page.select("form#search-form input#search-q").attr("value")).isEqualTo("amnesty");
		assertThat(page.select("#results .hit")).hasSize(1);
		assertThat(restored.getHeaders("Vary")).contains("HX-Request");
		assertThat(this.mvc.perform(get("/search?q=amnesty").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getHeaders("Vary")).contains("HX-Request");
	}

	@Test
	void theWordsSearchedForAreTextInTheTitle() throws Exception {
		String words = "</title><script>alert(1)</script>";
		String html = this.mvc.perform(get("/search").param("q", words).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("<script>");
		assertThat(Jsoup.parse(html).title()).isEqualTo("“" + words + "” — quote search — ClaimTracker");
	}

	@Test
	void theResultsAloneAreThoseOfTheWholePage() throws Exception {
		for (String query : new String[] { "q=amnesty", "q=Georgia&sort=newest&size=2&page=2", "party=Whig" }) {
			MockHttpServletResponse alone = this.mvc.perform(get("/search?" + query).header("HX-Request", "true"))
				.andReturn()
				.getResponse();
			MockHttpServletResponse whole = this.mvc.perform(get("/search?" + query)).andReturn().getResponse();
			assertThat(alone.getStatus()).as(query).isEqualTo(whole.getStatus());
			assertThat(alone.getContentType()).isEqualTo("text/html;charset=UTF-8");
			assertThat(alone.getHeader("Content-Language")).isEqualTo("en");
			Document page = Jsoup.parse(whole.getContentAsString());
			Document results = Jsoup.parse(alone.getContentAsString());
			assertThat(results.select("#results").outerHtml()).as(query).isEqualTo(page.select("#results").outerHtml());
			// htmx takes the answer's title for the window's
			assertThat(results.title()).as(query).isEqualTo(page.title());
		}
	}

	@Test
	void resultsLinkWithinTheAppsPath() throws Exception {
		String html = this.mvc
			.perform(get("/news/search?q=Georgia&size=2").contextPath("/news").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = Jsoup.parse(html).select("a[href]").eachAttr("href");
		assertThat(links).isNotEmpty().allMatch((href) -> href.startsWith("/news/"), "starts with /news/");
		assertThat(links).contains("/news/search.csv?q=Georgia", "/news/search?q=Georgia&size=2&page=2");
	}

	@Test
	void impossibleFiltersAre400NamingTheParameter() throws Exception {
		bad("party=Whig", "party");
		bad("from=2021-01-01&to=2020-01-01", "from");
		bad("from=yesterday", "from");
		bad("to=2020-13-45", "to");
		bad("kind=shouted", "kind");
		bad("stance=maybe", "stance");
		bad("sort=random", "sort");
		bad("claim=abc", "claim");
		bad("claim=999999", "claim");
		bad("topic=astrology", "topic");
		bad("outlet=Nowhere Gazette", "outlet");
		bad("speaker=Zzyzx Qwerty", "speaker");
		bad("page=0", "page");
		bad("page=100000", "page");
		bad("q=amnesty&page=5", "page");
		bad("q=nosuchwordanywhere&page=2", "page");
		bad("size=1000", "size");
	}

	@Test
	void theLastPageAndAnEmptyFirstPageAreNotPastTheEnd() throws Exception {
		assertThat(hits(search("outlet=Breitbart News&size=3&page=3"))).hasSize(2);
		assertThat(hits(search("q=nosuchwordanywhere"))).isEmpty();
	}

	private void bad(String query, String parameter) throws Exception {
		String html = this.mvc.perform(get("/search?" + query))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("[role=alert]").text()).as(query).contains("“" + parameter + "”");
	}

	private Document search(String query) throws Exception {
		String html = this.mvc.perform(get("/search?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<Long> hits(Document page) {
		return page.select("li.hit").eachAttr("id").stream().map((id) -> Long.parseLong(id.substring(4))).toList();
	}

	private Long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
