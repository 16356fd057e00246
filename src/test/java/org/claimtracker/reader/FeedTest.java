package org.claimtracker.reader;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Atom feeds of quote searches: valid by RFC 4287's required elements, published quotes
 * only, newest first, paraphrases as the outlet's account, hostile text kept and escaped,
 * 304 to a conditional request, and linked from the person, claim, topic and search
 * pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedTest {

	/** The site's address as the application sees it without a configured one. */
	private static final String SITE = "http://localhost:8080";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPersonsFeedHoldsTheirPublishedQuotesNewestFirstEachAtItsPermalink() throws Exception {
		String name = this.make.unique("Feed Speaker");
		long speaker = this.make.person(name);
		Fixtures.Article older = this.make.article(
				"“Roads first, <b>then</b> schools & taxes,” she said. She said the " + "budget would balance.",
				LocalDate.of(2016, 3, 1));
		long direct = older.quote("Roads first, <b>then</b> schools & taxes", speaker);
		long paraphrase = older.quote("the budget would balance", speaker, QuoteKind.PARAPHRASE);
		long claim = this.make.claim(this.make.unique("The county budget balances"));
		this.make.evidence(direct, claim, Stance.SUPPORTS);
		this.make.publishClaim(claim);
		older.publish();
		Fixtures.Article newer = this.make.article("“We will win,” she said.", LocalDate.of(2016, 9, 1));
		long latest = newer.quote("We will win", speaker);
		newer.publish();
		Fixtures.Article draft = this.make.article("“Not yet out,” she said.");
		draft.quote("Not yet out", speaker);

		Feed feed = feed("/search.atom?speaker=" + name.replace(" ", "%20"));

		// newest first, by the date the words were said (here, their articles')
		assertThat(feed.getEntries().get(0).getId()).isEqualTo(SITE + "/quotes/" + latest);
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyInAnyOrder(SITE + "/quotes/" + latest, SITE + "/quotes/" + direct,
					SITE + "/quotes/" + paraphrase);
		assertThat(feed.getUpdated()).isEqualTo(feed.getEntries().get(0).getUpdated());
		Entry words = entry(feed, direct);
		assertThat(words.getTitleEx().getValue()).isEqualTo(name + ": “Roads first, <b>then</b> schools & taxes”");
		assertThat(words.getSummary().getValue()).contains("Supports: The county budget balances");
		assertThat(alternate(words.getAlternateLinks())).isEqualTo(SITE + "/quotes/" + direct);
		Entry account = entry(feed, paraphrase);
		assertThat(account.getTitleEx().getValue()).endsWith("account of what " + name + " said");
		assertThat(account.getSummary().getValue()).startsWith("Paraphrase, not a quotation:");
	}

	@Test
	void aClaimsFeedTellsItsEvidenceAndEachRatingTheNewsroomPublished() throws Exception {
		long speaker = this.make.person(this.make.unique("Rated Speaker"));
		String statement = this.make.unique("The roads were all paved");
		long claim = this.make.claim(statement);
		Fixtures.Article article = this.make.article("“We paved them all,” she said.");
		long quote = article.quote("We paved them all", speaker);
		this.make.evidence(quote, claim, Stance.SUPPORTS);
		this.make.rating(claim, "Mostly false", "Two of the five roads were paved.");
		article.publish();
		this.make.publishClaim(claim);

		Feed feed = feed("/search.atom?claim=" + claim);

		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactlyInAnyOrder(SITE + "/quotes/" + quote, SITE + "/claims/" + claim + "#rating-1");
		// (its version: rated, then published)
		Entry rated = feed.getEntries().get(0);
		assertThat(rated.getTitleEx().getValue()).isEqualTo("Rated Mostly false: " + statement);
		assertThat(rated.getSummary().getValue()).endsWith("Why: Two of the five roads were paved.");
		assertThat(feed.getUpdated()).isEqualTo(rated.getUpdated());
	}

	@Test
	void everyFeedHasWhatAtomRequires() throws Exception {
		Feed feed = feed("/search.atom?q=trust");
		assertThat(feed.getId()).isEqualTo(SITE + "/search.atom?q=trust");
		assertThat(feed.getTitleEx().getValue()).isEqualTo("ClaimTracker: quotes — q trust");
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).isNotEmpty();
		assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
			.contains(tuple("self", SITE + "/search.atom?q=trust"));
		assertThat(alternate(feed.getAlternateLinks())).isEqualTo(SITE + "/search?q=trust");
		assertThat(feed.getEntries()).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.getId()).startsWith(SITE + "/quotes/");
			assertThat(entry.getTitleEx().getValue()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getSummary().getValue()).isNotBlank();
		});
	}

	@Test
	void aConditionalRequestForAnUnchangedFeedIsAnswered304() throws Exception {
		MvcResult first = this.mvc.perform(get("/search.atom?q=trust"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
			.andReturn();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		this.mvc.perform(get("/search.atom?q=trust").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc.perform(get("/search.atom?q=trust").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
			.andExpect(status().isOk());
	}

	@Test
	void aFilterThatNamesNothingIsABadRequest() throws Exception {
		this.mvc.perform(get("/search.atom?speaker=Nobody%20Atall%20Zzxq")).andExpect(status().isBadRequest());
	}

	@Test
	void thePersonClaimTopicAndSearchPagesLinkTheirFeeds() throws Exception {
		String name = this.make.unique("Linked Speaker");
		long person = this.make.person(name);
		long claim = this.make.claim(this.make.unique("Feeds are linked"));
		this.make.publishClaim(claim);
		long topic = this.make.topic(this.make.unique("Feeds"));
		String slug = this.jdbc.queryForObject("select slug from topic where id = ?", String.class, topic);

		assertThat(feedLink("/people/" + person)).isEqualTo("/search.atom?speaker=" + name.replace(" ", "%20"));
		assertThat(feedLink("/claims/" + claim)).isEqualTo("/search.atom?claim=" + claim);
		assertThat(feedLink("/topics/" + slug)).isEqualTo("/search.atom?topic=" + slug);
		assertThat(feedLink("/search?q=trust&sort=oldest")).isEqualTo("/search.atom?q=trust");
		assertThat(Jsoup.parse(page("/search")).select("link[rel=alternate]")).isEmpty();
	}

	private String feedLink(String path) throws Exception {
		return Jsoup.parse(page(path)).select("link[rel=alternate][type=application/atom+xml]").attr("href");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private Feed feed(String path) throws Exception {
		String xml = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/atom+xml;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
	}

	private static Entry entry(Feed feed, long quote) {
		return feed.getEntries()
			.stream()
			.filter((e) -> e.getId().endsWith("/quotes/" + quote))
			.findFirst()
			.orElseThrow();
	}

	private static String alternate(List<Link> links) {
		return links.stream().filter((l) -> "alternate".equals(l.getRel())).findFirst().orElseThrow().getHref();
	}

}
