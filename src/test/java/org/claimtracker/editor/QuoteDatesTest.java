package org.claimtracker.editor;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
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

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Article made;

	long article;

	long speaker;

	String newSpeaker;

	long mayor;

	long senator;

	@BeforeEach
	void anArticleWithTwoDatedQuotes() {
		this.pages = new EditorPages(this.mvc);
		this.made = this.make.article(BODY, LocalDate.of(2024, 5, 6));
		this.article = this.made.id();
		this.speaker = this.make.person(this.make.unique("Mayor Speaker"));
		this.newSpeaker = this.make.unique("Someone New");
		this.mayor = quote("the bridge opens in May", LocalDate.of(2024, 5, 1));
		// the day the article was published is not after it
		this.senator = quote("not before June", LocalDate.of(2024, 5, 6));
	}

	@Test
	void aQuoteMarkedAsSaidAfterItsArticleIsRefusedAndAddsNoOne() throws Exception {
		long quotes = quoteCount();
		Document refused = EditorPages.shown(mark("2024-05-07"));
		assertThat(refused.select("#saidOn-error").text()).isEqualTo(REFUSED_QUOTE);
		assertThat(refused.select("input#saidOn").val()).isEqualTo("2024-05-07");
		assertThat(quoteCount()).isEqualTo(quotes);
		// the new speaker the form named waits for a date that can be saved
		assertThat(
				this.jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, this.newSpeaker))
			.isZero();

		mark("2024-05-06").andExpect(redirectedUrl("/editor/articles/" + this.article));
		this.make.removeAfter("person",
				this.jdbc.queryForObject("select id from person where name = ?", Long.class, this.newSpeaker));
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
		int start = this.made.start(words);
		return this.made.quote(new NewQuote(this.article, this.speaker, QuoteKind.DIRECT, saidOn, null, start,
				start + words.length(), words));
	}

	private ResultActions mark(String saidOn) throws Exception {
		return this.pages.send("/editor/articles/" + this.article + "/quotes", "exact", "The mayor said", "newSpeaker",
				this.newSpeaker, "kind", "PARAPHRASE", "saidOn", saidOn);
	}

	private ResultActions revise(long quote, String saidOn, String context) throws Exception {
		return this.pages.send("/editor/quotes/" + quote, "speakerId", Long.toString(this.speaker), "kind", "DIRECT",
				"saidOn", saidOn, "context", context, "version", row(quote).get("version").toString());
	}

	private ResultActions redate(String publishedOn) throws Exception {
		Map<String, Object> article = article();
		return this.pages.send("/editor/articles/" + this.article + "/details", "title", "Bridge dates", "outlet",
				article.get("outlet").toString(), "publishedOn", publishedOn, "url", article.get("url").toString(),
				"version", article.get("version").toString());
	}

	private int quoteCount() {
		return this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Integer.class, this.article);
	}

	private Map<String, Object> row(long quote) {
		return this.jdbc.queryForMap("select speaker_id, kind, said_on, context, version from quote where id = ?",
				quote);
	}

	private Map<String, Object> article() {
		return this.jdbc.queryForMap("select o.name as outlet, a.url, a.published_on, a.version"
				+ " from article a join outlet o on o.id = a.outlet_id where a.id = ?", this.article);
	}

}
