package org.claimtracker.reader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.claimtracker.DemoIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
 * Wherever a quote is shown, readers can tell whose words they read: a paraphrase is the
 * outlet's account, never set off as the speaker's words; a partial quote marks the words
 * that are the speaker's own; dates say what they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuoteKindsTest {

	private static final String PARAPHRASE_NOTE = "Paraphrase — the outlet's account of what Jon Ossoff said, not a quotation.";

	private static final String TITLE = "“Democrat Jon Ossoff: Police Must Not Help Keep Criminal Illegal Aliens Off Georgia Streets,”";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds ids;

	long paraphrase;

	long partial;

	long direct;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
		this.paraphrase = this.ids.quote("Ossoff said he opposed");
		this.partial = this.ids.quote("Ossoff said he would back");
		this.direct = this.ids.quote("I think that federal");
	}

	@Test
	void aParaphrasesPageSaysItIsTheOutletsAccountNotTheSpeakersWords() throws Exception {
		Document page = page("/quotes/" + this.paraphrase);
		assertThat(page.select("h1").text()).isEqualTo("Jon Ossoff, as reported by Breitbart News");
		assertThat(page.title()).startsWith("Jon Ossoff, as reported by Breitbart News — ");
		assertThat(page.select(".quote-page blockquote")).isEmpty();
		assertThat(page.select(".lead-quote .reported-note").text()).isEqualTo(PARAPHRASE_NOTE);
		// the outlet's sentence as it wrote it, in no quotation marks of ours
		assertThat(page.select(".lead-quote .reported-words").text())
			.isEqualTo("Ossoff said he opposed local law enforcement agencies cooperating with ICE’s 287(g) program");
		assertThat(page.select("#citation").text())
			.startsWith("Jon Ossoff, paraphrased (not quoted) in John Binder, " + TITLE + " Breitbart News, ")
			.doesNotContain("quoted in John Binder");
	}

	@Test
	void aPartialQuotesPageMarksTheSpeakersOwnWords() throws Exception {
		Document page = page("/quotes/" + this.partial);
		assertThat(page.select("h1").text()).isEqualTo("Jon Ossoff, quoted in part by Breitbart News");
		assertThat(page.select(".quote-page blockquote")).isEmpty();
		assertThat(page.select(".lead-quote .reported-note").text()).isEqualTo(
				"Partial quote — only the marked words, in quotation marks, are Jon Ossoff's own; the rest is the outlet's.");
		assertThat(page.select(".lead-quote mark.own-words").eachText()).containsExactly("“path to legal status”",
				"“who otherwise follow the law.”");
		assertThat(page.select(".lead-quote .reported-words").text()).isEqualTo(
				"Ossoff said he would back a “path to legal status” for all illegal aliens “who otherwise follow the law.”");
		assertThat(page.select("#citation").text())
			.startsWith("Jon Ossoff, quoted in part in John Binder, " + TITLE + " Breitbart News, ");
	}

	@Test
	void aDirectQuoteIsSetOffAsTheSpeakersWords() throws Exception {
		Document page = page("/quotes/" + this.direct);
		assertThat(page.select("h1").text()).isEqualTo("Quote by Jon Ossoff");
		assertThat(page.select(".lead-quote blockquote").text()).startsWith("I think that federal immigration law");
		assertThat(page.select(".lead-quote .reported-note")).isEmpty();
	}

	@Test
	void theArticlesClaimsAndPersonsPagesShowEachKindAsWhatItIs() throws Exception {
		Document article = page("/articles/" + this.ids.article());
		assertReadAsKind(article.selectFirst(".quote-item:has(a[href=/quotes/" + this.paraphrase + "])"),
				article.selectFirst(".quote-item:has(a[href=/quotes/" + this.partial + "])"),
				article.selectFirst(".quote-item:has(a[href=/quotes/" + this.direct + "])"));

		Document opposes = page("/claims/" + this.ids.claim("Jon Ossoff opposes"));
		Document pathTo = page("/claims/" + this.ids.claim("Jon Ossoff supports a path"));
		assertReadAsKind(opposes.selectFirst(".evidence:has(a[href=/quotes/" + this.paraphrase + "])"),
				pathTo.selectFirst(".evidence:has(a[href=/quotes/" + this.partial + "])"),
				opposes.selectFirst(".evidence:has(a[href=/quotes/" + this.direct + "])"));

		Document person = page("/people/" + this.ids.person("Jon Ossoff"));
		assertReadAsKind(person.selectFirst("#quotes ~ ol .quote-item:has(a[href=/quotes/" + this.paraphrase + "])"),
				person.selectFirst("#quotes ~ ol .quote-item:has(a[href=/quotes/" + this.partial + "])"),
				person.selectFirst("#quotes ~ ol .quote-item:has(a[href=/quotes/" + this.direct + "])"));
		// the claims' short lists say it too
		assertThat(person.selectFirst(".stances li:has(a[href=/quotes/" + this.paraphrase + "])").text()).isEqualTo(
				"Supports Ossoff said he opposed local law enforcement agencies cooperating with ICE’s 287(g) program"
						+ " — Jon Ossoff, as reported by Breitbart News");
		assertThat(person.selectFirst(".stances li:has(a[href=/quotes/" + this.direct + "])").text())
			.startsWith("Supports “I think that federal immigration law")
			.containsOnlyOnce("I think")
			.endsWith("…” — Jon Ossoff, Breitbart News");
		assertThat(person.selectFirst(".stances li:has(a[href=/quotes/" + this.partial + "])")
			.select("mark.own-words")
			.eachText()).containsExactly("“path to legal status”", "“who otherwise follow the law.”");
	}

	@Test
	void datesSayWhetherTheWordsWereSaidOrTheArticlePublishedThen() throws Exception {
		Document claim = page("/claims/" + this.ids.claim("Chuck Schumer counts"));
		Element undated = claim.selectFirst(".evidence figcaption");
		assertThat(undated.select(".said").text()).isEqualTo("Date said not known");
		assertThat(undated.select(".published").text()).isEqualTo("Published on 30 December 2020");

		Document quote = page("/quotes/" + this.direct);
		assertThat(quote.select(".lead-quote .said").text()).isEqualTo("Said on 30 December 2020");
		assertThat(quote.select("#in-context ~ .meta .published").text()).isEqualTo("Published on 30 December 2020");

		assertLabelled(claim.select(".evidence time"));
		assertLabelled(quote.select(".quote-page time"));
		assertLabelled(page("/articles/" + this.ids.article()).select(".quote-item time"));
		assertLabelled(page("/people/" + this.ids.person("Jon Ossoff")).select(".quote-item time"));
		assertLabelled(page("/search?q=immigration").select(".hit time"));
	}

	@Test
	void searchHitsShowEachKindAsWhatItIsAndLabelTheirDates() throws Exception {
		Document page = page("/search?q=immigration or legal or opposed&size=50");
		assertReadAsKind(page.selectFirst("#hit-" + this.paraphrase), page.selectFirst("#hit-" + this.partial),
				page.selectFirst("#hit-" + this.direct));
		assertThat(page.select("#hit-" + this.paraphrase + " textarea.citation").text())
			.startsWith("Jon Ossoff, paraphrased (not quoted) in John Binder, ");
		assertThat(page.select("#hit-" + this.partial + " textarea.citation").text())
			.startsWith("Jon Ossoff, quoted in part in John Binder, ");

		Element bigPicture = page.selectFirst("#hit-" + this.ids.quote("The big picture"));
		assertThat(bigPicture.select(".said").text()).isEqualTo("Date said not known");
		assertThat(bigPicture.select(".published").text()).isEqualTo("Published on 30 December 2020");
		assertThat(page.selectFirst("#hit-" + this.direct).select(".said").text())
			.isEqualTo("Said on 30 December 2020");
	}

	@Test
	void citationsLeadToTheQuotesPermalinkAndSayWhenTheyWereRetrieved() throws Exception {
		String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(LocalDate.now());
		assertThat(page("/quotes/" + this.direct).select("#citation").text()).isEqualTo("Jon Ossoff, quoted in "
				+ "John Binder, " + TITLE + " Breitbart News, 30 December 2020, "
				+ "https://www.breitbart.com/politics/2020/12/30/democrat-jon-ossoff-police-must-not-help-keep-criminal-illegal-aliens-off-georgia-streets/. "
				+ "ClaimTracker, http://localhost:8080/quotes/" + this.direct + ", retrieved " + today + ".");
		assertThat(page("/search?q=immigration").select("#hit-" + this.direct + " textarea.citation").text())
			.endsWith("ClaimTracker, http://localhost:8080/quotes/" + this.direct + ", retrieved " + today + ".");
	}

	/**
	 * A paraphrase and a partial quote as the outlet's account, the partial quote's own
	 * words marked; a direct quote set off as the speaker's words.
	 */
	private static void assertReadAsKind(Element paraphrase, Element partial, Element direct) {
		assertThat(paraphrase.select("blockquote")).isEmpty();
		assertThat(paraphrase.select(".reported-note").text()).isEqualTo(PARAPHRASE_NOTE);
		assertThat(paraphrase.select(".reported-words").text())
			.isEqualTo("Ossoff said he opposed local law enforcement agencies cooperating with ICE’s 287(g) program");
		assertThat(partial.select("blockquote")).isEmpty();
		assertThat(partial.select(".reported-note").text()).startsWith("Partial quote — only the marked words");
		assertThat(partial.select(".reported-words").text()).isEqualTo(
				"Ossoff said he would back a “path to legal status” for all illegal aliens “who otherwise follow the law.”");
		assertThat(partial.select(".reported-words mark.own-words").eachText())
			.containsExactly("“path to legal status”", "“who otherwise follow the law.”");
		assertThat(direct.select("blockquote").text()).startsWith("I think that federal immigration law")
			.containsOnlyOnce("I think");
		assertThat(direct.select(".reported-note")).isEmpty();
	}

	/** Every date says what it is the date of. */
	private static void assertLabelled(Elements times) {
		assertThat(times).isNotEmpty()
			.allSatisfy((time) -> assertThat(time.text()).matches("(Said|Published) on \\d+ \\w+ \\d{4}"));
	}

	private Document page(String path) throws Exception {
		String html = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html, "http://localhost" + path);
	}

}
