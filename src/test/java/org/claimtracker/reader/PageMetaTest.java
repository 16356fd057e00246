package org.claimtracker.reader;

import org.claimtracker.Fixtures;
import org.claimtracker.common.Publication;
import org.claimtracker.quote.QuoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every public page says what it is to search engines and link previews: its own
 * description, a canonical address, OpenGraph and Twitter card tags; a quote's preview
 * gives its words, speaker and outlet, and a paraphrase reads as the outlet's account.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageMetaTest {

	private static final String SITE = "http://localhost:8080";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aQuotesPreviewGivesItsWordsSpeakerAndOutlet() throws Exception {
		String name = this.make.unique("Preview Speaker");
		long speaker = this.make.person(name);
		Fixtures.Article article = this.make.article(
				"“Bridges <b>first</b> & roads,” she said. She said taxes would fall. She vowed to “fix the roads” soon.");
		long quote = article.quote("Bridges <b>first</b> & roads", speaker);
		long paraphrase = article.quote("taxes would fall", speaker, QuoteKind.PARAPHRASE);
		long partial = article.quote("She vowed to “fix the roads” soon", speaker, QuoteKind.PARTIAL);
		article.publish();
		String outlet = outlet(article.id());

		Document page = page("/quotes/" + quote);
		assertThat(meta(page, "og:title")).isEqualTo("Quote by " + name);
		assertThat(meta(page, "og:description"))
			.isEqualTo("“Bridges <b>first</b> & roads” — " + name + ", as quoted by " + outlet + ".");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(meta(page, "og:description"));
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:url")).isEqualTo(SITE + "/quotes/" + quote);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/quotes/" + quote);
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("meta[name=twitter:title]").attr("content")).isEqualTo("Quote by " + name);

		Document inPart = page("/quotes/" + partial);
		// only the words in the outlet's quotation marks are the speaker's
		assertThat(meta(inPart, "og:description"))
			.isEqualTo(outlet + ", quoting " + name + " in part: She vowed to “fix the roads” soon");

		Document account = page("/quotes/" + paraphrase);
		assertThat(meta(account, "og:description"))
			.isEqualTo(outlet + "'s account of what " + name + " said, not a quotation: taxes would fall");
	}

	@Test
	void articleClaimPersonAndTopicPagesDescribeThemselves() throws Exception {
		String name = this.make.unique("Described Speaker");
		long speaker = this.make.person(name, "Green", null, Publication.PUBLISHED);
		Fixtures.Article article = this.make.article("“We will win,” she said.");
		article.quote("We will win", speaker);
		article.publish();
		long claim = this.make.claim(this.make.unique("Described claims have descriptions"));
		this.make.publishClaim(claim);

		Document shown = page("/articles/" + article.id());
		assertThat(meta(shown, "og:title")).startsWith("Fixture article");
		assertThat(meta(shown, "og:description")).startsWith("Reported by " + outlet(article.id()))
			.contains("one quote marked");
		assertThat(meta(page("/claims/" + claim), "og:description"))
			.startsWith("A claim from election coverage: no quotes support it, none contradicts it.");
		assertThat(meta(page("/people/" + speaker), "og:description")).startsWith(name + ", Green: one quote");
		assertThat(meta(page("/people/" + speaker), "og:type")).isEqualTo("profile");
	}

	@Test
	void aSearchIsCanonicalWithItsWordsAndOtherPagesWithTheirPageNumberAlone() throws Exception {
		assertThat(page("/search?q=trust&kind=direct").select("link[rel=canonical]").attr("href"))
			.isEqualTo(SITE + "/search?q=trust&kind=direct");
		assertThat(page("/articles?utm_source=x").select("link[rel=canonical]").attr("href"))
			.isEqualTo(SITE + "/articles");
		Document about = page("/about");
		assertThat(about.select("link[rel=canonical]").attr("href")).isEqualTo(SITE + "/about");
		assertThat(meta(about, "og:title")).isEqualTo("ClaimTracker");
		assertThat(meta(about, "og:description")).isNotBlank();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private String outlet(long article) {
		return this.jdbc.queryForObject(
				"select o.name from article a join outlet o on o.id = a.outlet_id where a.id = ?", String.class,
				article);
	}

	private static String meta(Document page, String property) {
		return page.select("meta[property=" + property + "]").attr("content");
	}

}
