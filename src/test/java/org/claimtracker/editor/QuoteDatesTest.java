package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.DemoIds;
import org.claimtracker.article.ArticleService;
import org.claimtracker.article.NewArticle;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Words cannot have been said after the article that reports them was published: a quote
 * dated later is refused when marked or revised, and so is an article dated before its
 * quotes, naming them. Dates stored before the rule stay as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteDatesTest {

	static final String BODY = "The mayor said \"the bridge opens in May\" and the senator said \"not before June\".";

	static final String REFUSED_QUOTE = "The article was published on 2024-05-06: it reports words said on that day or before.";

	@Autowired
	MockMvc mvc;

	EditorPages pages;

	@Autowired
	ArticleService articles;

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds demo;

	long article;

	long mayor;

	long senator;

	@BeforeEach
	void anArticleWithTwoDatedQuotes() {
		this.pages = new EditorPages(this.mvc);
		this.demo = new DemoIds(this.jdbc);
		this.article = this.articles.create(new NewArticle("Bridge dates", "Valley Gazette", null,
				LocalDate.of(2024, 5, 6), "https://example.org/bridge-dates", BODY));
		this.mayor = quote("the bridge opens in May", LocalDate.of(2024, 5, 1));
		// the day the article was published is not after it
		this.senator = quote("not before June", LocalDate.of(2024, 5, 6));
	}

	@AfterEach
	void deleteIt() {
		this.jdbc.update("delete from article where id = ?", this.article);
		this.jdbc.update("delete from outlet o where name = 'Valley Gazette'"
				+ " and not exists (select from article a where a.outlet_id = o.id)");
		this.jdbc.update("delete from person where name = 'Someone New' and not exists"
				+ " (select from quote q where q.speaker_id = person.id)");
	}

	@Test
	void aQuoteMarkedAsSaidAfterItsArticleIsRefusedAndAddsNoOne() throws Exception {
		long quotes = quoteCount();
		Document refused = EditorPages.shown(mark("2024-05-07"));
		assertThat(refused.select("#saidOn-error").text()).isEqualTo(REFUSED_QUOTE);
		assertThat(refused.select("input#saidOn").val()).isEqualTo("2024-05-07");
		assertThat(quoteCount()).isEqualTo(quotes);
		// the new speaker the form named waits for a date that can be saved
		assertThat(this.jdbc.queryForObject("select count(*) from person where name = 'Someone New'", Integer.class))
			.isZero();

		mark("2024-05-06").andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(quoteCount()).isEqualTo(quotes + 1);
	}

	@Test
	void aQuoteRevisedToADateAfterItsArticleIsRefused() throws Exception {
		Map<String, Object> before = row(this.mayor);
		Document refused = EditorPages.shown(revise(this.mayor, "2024-05-07", "At the fair"));
		assertThat(refused.select("#saidOn-error").text()).isEqualTo(REFUSED_QUOTE);
		assertThat(row(this.mayor)).isEqualTo(before);

		revise(this.mayor, "2024-05-02", "At the fair").andExpect(redirectedUrl("/editor/quotes/" + this.mayor));
		assertThat(row(this.mayor).get("said_on")).isEqualTo(java.sql.Date.valueOf("2024-05-02"));
	}

	@Test
	void anArticleDatedBeforeItsQuotesIsRefusedNamingThem() throws Exception {
		Map<String, Object> before = article();
		Document both = EditorPages.shown(redate("2024-04-30"));
		assertThat(both.select("#publishedOn-error").text()).isEqualTo("Quotes " + this.senator + ", " + this.mayor
				+ " of this article were said after this date, the latest on 2024-05-06:"
				+ " give 2024-05-06 or a later date, or first correct the dates the quotes were said.");
		assertThat(both.select(".later-quotes a").eachAttr("href")).containsExactly("/editor/quotes/" + this.senator,
				"/editor/quotes/" + this.mayor);
		assertThat(both.select(".later-quotes li").eachText()).containsExactly(
				"Quote " + this.senator + ", said on 2024-05-06: not before June",
				"Quote " + this.mayor + ", said on 2024-05-01: the bridge opens in May");
		assertThat(both.select("input#publishedOn").val()).isEqualTo("2024-04-30");

		Document one = EditorPages.shown(redate("2024-05-05"));
		assertThat(one.select("#publishedOn-error").text()).startsWith(
				"Quote " + this.senator + " of this article was said after this date, the latest on 2024-05-06:");
		assertThat(one.select(".later-quotes a").eachAttr("href")).containsExactly("/editor/quotes/" + this.senator);
		assertThat(article()).isEqualTo(before);

		// later is always possible, and back to the latest quote's day
		redate("2024-05-20").andExpect(redirectedUrl("/editor/articles/" + this.article));
		redate("2024-05-06").andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(article().get("published_on")).isEqualTo(java.sql.Date.valueOf("2024-05-06"));
	}

	@Test
	void aDateStoredBeforeTheRuleIsLeftAsItIs() throws Exception {
		this.jdbc.update("update quote set said_on = '2024-06-01' where id = ?", this.mayor);
		// revising something else keeps it
		revise(this.mayor, "2024-06-01", "At the fair").andExpect(redirectedUrl("/editor/quotes/" + this.mayor));
		assertThat(row(this.mayor).get("context")).isEqualTo("At the fair");
		assertThat(row(this.mayor).get("said_on")).isEqualTo(java.sql.Date.valueOf("2024-06-01"));
		// nor does it hold the article's date back: only quotes a new date puts after it
		// are named
		Document refused = EditorPages.shown(redate("2024-05-05"));
		assertThat(refused.select(".later-quotes a").eachAttr("href"))
			.containsExactly("/editor/quotes/" + this.senator);
		this.jdbc.update("update quote set said_on = null where id = ?", this.senator);
		redate("2024-05-05").andExpect(redirectedUrl("/editor/articles/" + this.article));
		assertThat(row(this.mayor).get("said_on")).isEqualTo(java.sql.Date.valueOf("2024-06-01"));
	}

	private long quote(String words, LocalDate saidOn) {
		int start = BODY.indexOf(words);
		return this.quotes.create(new NewQuote(this.article, this.demo.person("Jon Ossoff"), QuoteKind.DIRECT, saidOn,
				null, start, start + words.length(), words));
	}

	private ResultActions mark(String saidOn) throws Exception {
		return this.pages.send("/editor/articles/" + this.article + "/quotes", "exact", "The mayor said", "newSpeaker",
				"Someone New", "kind", "PARAPHRASE", "saidOn", saidOn);
	}

	private ResultActions revise(long quote, String saidOn, String context) throws Exception {
		return this.pages.send("/editor/quotes/" + quote, "speakerId", Long.toString(this.demo.person("Jon Ossoff")),
				"kind", "DIRECT", "saidOn", saidOn, "context", context, "version",
				row(quote).get("version").toString());
	}

	private ResultActions redate(String publishedOn) throws Exception {
		return this.pages.send("/editor/articles/" + this.article + "/details", "title", "Bridge dates", "outlet",
				"Valley Gazette", "publishedOn", publishedOn, "url", "https://example.org/bridge-dates", "version",
				article().get("version").toString());
	}

	private int quoteCount() {
		return this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Integer.class, this.article);
	}

	private Map<String, Object> row(long quote) {
		return this.jdbc.queryForMap("select speaker_id, kind, said_on, context, version from quote where id = ?",
				quote);
	}

	private Map<String, Object> article() {
		return this.jdbc.queryForMap("select title, published_on, version from article where id = ?", this.article);
	}

}
