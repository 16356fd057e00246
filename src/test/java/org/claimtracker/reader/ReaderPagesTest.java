package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.DemoIds;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What each reader page shows of the demo data set. */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	DemoIds ids;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
	}

	@Test
	void articlePageMarksEveryQuoteOnceAndKeepsEveryCharacter() throws Exception {
		Document page = page("/articles/" + this.ids.article());
		List<Long> quotes = this.jdbc.queryForList("select id from quote", Long.class);
		assertThat(quotes).hasSize(8);
		for (long id : quotes) {
			assertThat(page.select("[id=quote-" + id + "]")).as("quote %d", id).hasSize(1);
			assertThat(page.select(".article-side a[href=/quotes/" + id + "]")).as("quote %d listed", id).hasSize(1);
		}
		String body = this.jdbc.queryForObject("select body from article", String.class);
		List<String> paragraphs = page.select(".article .body p").eachText();
		assertThat(String.join("\n\n", paragraphs)).isEqualTo(body);
		assertThat(page.select("mark.mark-direct")).isNotEmpty();
		assertThat(page.select("mark.mark-partial")).isNotEmpty();
		assertThat(page.select("mark.mark-paraphrase")).isNotEmpty();
		assertThat(page.select("mark.mark-appearance a[href=/claims/" + this.ids.claim("Under 287(g)") + "]"))
			.isNotEmpty();
		// q5 and the appearance of c5 are the same span: one mark carries both
		long q5 = this.ids.quote("Ossoff promised");
		Element shared = page.selectFirst("[id=quote-" + q5 + "] ~ mark");
		assertThat(shared.classNames()).contains("mark-paraphrase", "mark-appearance");
	}

	@Test
	void articlePageListsQuotesWithSpeakerAndStances() throws Exception {
		Document page = page("/articles/" + this.ids.article());
		Element q3 = page.selectFirst(".quote-item:has(a[href=/quotes/" + this.ids.quote("We can’t have") + "])");
		assertThat(q3.text()).contains("Jon Ossoff", "Direct quote", "Contradicts", "Under 287(g) agreements");
		assertThat(q3.select(".stance-supports")).hasSize(2);
	}

	@Test
	void withoutScriptsEachMarkLinksToItsPageAndItsCardComesWithThePage() throws Exception {
		Document page = page("/articles/" + this.ids.article());
		long quote = this.ids.quote("I think that federal");
		Element mark = page.selectFirst(".article .body mark > a[href=/quotes/" + quote + "]");
		assertThat(mark).isNotNull();
		assertThat(mark.attr("data-cards")).isEqualTo("card-quote-" + quote);
		long claim = this.ids.claim("Under 287(g)");
		Element appearance = page.selectFirst(".article .body mark > a[href=/claims/" + claim + "]");
		assertThat(appearance.attr("data-cards")).startsWith("card-appearance-");
		assertThat(page.select("template#" + appearance.attr("data-cards"))).hasSize(1);
		// the card, ready in a template: speaker with party and role, kind, and each
		// claim
		// with stance and rationale
		Element card = page.selectFirst("template#card-quote-" + quote);
		assertThat(card.text()).contains("Jon Ossoff", "Democratic", "Candidate, ", "Direct quote", "Supports",
				"Jon Ossoff opposes local law enforcement", "Why:", "here's why I oppose the 287(g) program");
		assertThat(card.select("a[href=/quotes/" + quote + "]")).hasSize(1);
		long schumer = this.ids.quote("The big picture");
		assertThat(page.selectFirst("template#card-quote-" + schumer).text()).contains("Chuck Schumer", "Democratic",
				"Senate Minority Leader (D-NY)");
		// and near the top, every claim the article bears on, once
		List<String> claims = page.select(".article-claims a").eachAttr("href");
		assertThat(claims).doesNotHaveDuplicates().contains("/claims/" + claim);
		assertThat(page.selectFirst(".article-claims").elementSiblingIndex())
			.isLessThan(page.selectFirst(".article .body").elementSiblingIndex());
	}

	@Test
	void claimPageSplitsEvidenceIntoSupportsAndContradicts() throws Exception {
		Document page = page("/claims/" + this.ids.claim("Under 287(g) agreements"));
		String q3 = "We can’t have a situation where";
		assertThat(page.select(".side-contradicts blockquote").text()).contains(q3);
		assertThat(page.select(".side-contradicts figcaption").text()).contains("Jon Ossoff", "(Democratic)",
				"Direct quote", "Breitbart News", "Said on 30 December 2020");
		assertThat(page.select(".side-contradicts .rationale").text()).contains("after booking into jail");
		assertThat(page.select(".side-supports figure")).isEmpty();
		assertThat(page.select(".balance").text()).isEqualTo("No quotes support, 1 contradicts");
		assertThat(page.select(".appearance-list").text()).contains("after they have been booked in jail",
				"Breitbart News");
		// the words around the span: whole words, and none of the next paragraph
		assertThat(page.select(".appearance-list .in-context").text())
			.startsWith("…cooperate with ICE agents. The 287(g)")
			.endsWith("after they have been booked in jail.");
	}

	/**
	 * A stance says how a quote bears on a claim, not whether the claim is true: wherever
	 * it is shown it reads as its word alone, without check or cross marks.
	 */
	@Test
	void stancesReadAsWordsNotAsVerdicts() throws Exception {
		for (String path : List.of("/articles/" + this.ids.article(), "/quotes/" + this.ids.quote("We can’t have"),
				"/search?q=287")) {
			Document page = page(path);
			assertThat(page.select(".stance-supports, .stance-contradicts")).as(path)
				.isNotEmpty()
				.allSatisfy((badge) -> assertThat(badge.text()).isIn("Supports", "Contradicts"));
		}
	}

	/**
	 * Evidence counts are not a rating: they read as counts, with no bar filled in a
	 * verdict's colours and no check or cross marks, and lead to the page that says so.
	 */
	@Test
	void evidenceCountsReadAsCountsNotAsAVerdict() throws Exception {
		Document claim = page("/claims/" + this.ids.claim("Under 287(g) agreements"));
		assertThat(claim.select(".claim-page svg, .claim-page .balance-bar")).isEmpty();
		assertThat(claim.select("main").text()).doesNotContain("✓", "✗");
		assertThat(claim.select(".side h2").eachText()).containsExactly("Supports (0)", "Contradicts (1)");
		assertThat(claim.select(".claim-page a[href=/about#counts]")).hasSize(1);
		Document list = page("/claims");
		assertThat(list.select(".claim-list .balance")).hasSize(8)
			.allSatisfy((counts) -> assertThat(counts.text()).matches(
					"(No quotes support|1 quote supports|\\d+ quotes support), (none contradicts|1 contradicts|\\d+ contradict)"));
		assertThat(list.select("svg, .balance-bar")).isEmpty();
		assertThat(list.select("main a[href=/about#counts]")).hasSize(1);
		// pluralised in each part
		Map<String, String> read = new LinkedHashMap<>();
		for (long[] counts : new long[][] { { 2, 1 }, { 1, 2 }, { 0, 1 }, { 1, 0 }, { 0, 0 } }) {
			read.put(counts[0] + "," + counts[1],
					this.messages.getMessage((counts[0] + counts[1] > 0) ? "balance.text" : "balance.none",
							new Object[] { counts[0], counts[1] }, Locale.ENGLISH));
		}
		assertThat(read).containsExactly(entry("2,1", "2 quotes support, 1 contradicts"),
				entry("1,2", "1 quote supports, 2 contradict"), entry("0,1", "No quotes support, 1 contradicts"),
				entry("1,0", "1 quote supports, none contradicts"), entry("0,0", "No quotes linked yet"));
	}

	@Test
	void aboutPageExplainsTheMethodAndEveryPageLeadsToIt() throws Exception {
		Document about = page("/about");
		assertThat(about.title()).isEqualTo("About and methodology — ClaimTracker");
		assertThat(about.select("h1").text()).isEqualTo("About and methodology");
		assertThat(about.select("main h2").eachText()).containsExactly("What a claim is", "Quotes and their kinds",
				"Stance: supports or contradicts", "How evidence is chosen", "Evidence counts are not a verdict",
				"Ratings", "Corrections", "Who edits", "Citing a quote");
		assertThat(about.select("#kinds ~ dl dt").eachText()).containsExactly("Direct quote", "Partial quote",
				"Paraphrase");
		assertThat(about.select("#counts").text()).isEqualTo("Evidence counts are not a verdict");
		// its contents lead to each section
		assertThat(about.select("nav.contents a").eachAttr("href")).containsExactlyElementsOf(
				about.select("main h2[id]").eachAttr("id").stream().map((id) -> "#" + id).toList());
		for (String path : List.of("/", "/claims", "/claims/" + this.ids.claim("Under 287(g) agreements"), "/races",
				"/search", "/about")) {
			assertThat(page(path).select("footer a[href=/about]").text()).as(path).isEqualTo("About and methodology");
		}
		String notFound = this.mvc.perform(get("/claims/98765").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(notFound).select("footer a[href=/about]")).hasSize(1);
	}

	@Test
	void eachFilterKeepsItsLabelBesideItsListWhenTheFormWraps() throws Exception {
		for (String list : List.of("/claims", "/articles")) {
			Document page = page(list);
			assertThat(page.select("form.filters select")).isNotEmpty()
				.allSatisfy((select) -> assertThat(select.parent().select("> label[for=" + select.id() + "]")).as(list)
					.hasSize(1)
					.allSatisfy((label) -> assertThat(label.parent().hasClass("filter")).isTrue()));
		}
	}

	@Test
	void claimListFilters() throws Exception {
		assertThat(page("/claims").select(".claim-list > li")).hasSize(8);
		assertThat(page("/claims?topic=policing").select(".claim-list > li")).hasSize(4);
		assertThat(page("/claims?kind=FACTUAL").select(".claim-list > li")).hasSize(3);
		assertThat(page("/claims?kind=factual").select(".claim-list > li")).hasSize(3);
		assertThat(page("/claims?kind=factual").select("select[name=kind] option[selected]").val())
			.isEqualTo("FACTUAL");
		assertThat(page("/claims?subject=" + this.ids.person("Chuck Schumer")).select(".claim-statement").eachText())
			.containsExactly("Chuck Schumer counts comprehensive immigration reform among his top goals.");
		String opinion = this.mvc.perform(get("/claims?kind=OPINION").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(opinion).select(".error-page").text())
			.contains("The value of 'kind' is not one this address takes.");
		assertThat(page("/claims?topic=Policing").select(".claim-list > li")).hasSize(4);
		for (String unknown : List.of("/claims?topic=nope", "/claims?subject=987654321")) {
			String html = this.mvc.perform(get(unknown).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select(".error-page").text()).as(unknown)
				.containsAnyOf("There is no topic 'nope'.", "There is no person 987654321.");
		}
		this.mvc.perform(get("/topics/Policing")).andExpect(redirectedUrl("/topics/policing"));
	}

	@Test
	void candidatePageListsClaimsWithEvidenceAndQuotes() throws Exception {
		Document page = page("/people/" + this.ids.person("Jon Ossoff"));
		List<Long> expected = List.of(this.ids.claim("Jon Ossoff opposes"), this.ids.claim("Jon Ossoff holds"),
				this.ids.claim("Jon Ossoff supports a path"), this.ids.claim("Jon Ossoff supports amnesty"));
		List<String> listed = page.select("#claims ~ section .claim-statement").eachAttr("href");
		assertThat(listed).containsAll(expected.stream().map((id) -> "/claims/" + id).toList())
			.allMatch((href) -> expected.stream().anyMatch((id) -> href.equals("/claims/" + id)));
		assertThat(page.select(".topic-group h3").eachText()).containsExactly("Immigration", "Policing");
		List<String> evidence = page.select(".topic-group .stances a[href^=/quotes/]").eachText();
		// only a direct quote is put in quotation marks: a paraphrase is not the
		// speaker's words, and a
		// partial quote carries its own marks
		assertThat(evidence).anyMatch((text) -> text.startsWith("“I think that federal immigration law"))
			.anyMatch((text) -> text.startsWith("Ossoff said he would back a “path to legal status”"))
			.noneMatch((text) -> text.startsWith("“Ossoff"));
		assertThat(page.select(".race-list").text()).contains("2020–21 U.S. Senate election in Georgia (regular)",
				"David Perdue");
		assertThat(page.select("#quotes ~ ol .quote-item")).hasSize(6);
	}

	@Test
	void peopleListGroupsCandidatesByRace() throws Exception {
		Document page = page("/people");
		assertThat(page.select(".race-card")).hasSize(2);
		assertThat(page.select(".race-card").text()).contains("Jon Ossoff", "David Perdue", "Raphael Warnock",
				"Kelly Loeffler");
		// the article's author is its byline, not one of its people
		assertThat(page.select(".people-list").text()).contains("Chuck Schumer")
			.doesNotContain("Jon Ossoff", "John Binder");
	}

	@Test
	void racePageShowsCandidatesSideBySide() throws Exception {
		long race = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'", Long.class);
		Document page = page("/races/" + race);
		assertThat(page.select(".race-table thead th a").eachText()).containsExactly("David Perdue", "Jon Ossoff");
		assertThat(page.select(".race-table tbody td:nth-of-type(2) .race-claims > li").eachText().stream().distinct())
			.hasSize(4);
	}

	@Test
	void raceListShowsEachRaceWithItsOfficePlaceDatesAndCandidates() throws Exception {
		long regular = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'",
				Long.class);
		long special = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-special-2020'",
				Long.class);
		Document page = page("/races");
		assertThat(page.title()).isEqualTo("Races — ClaimTracker");
		assertThat(page.select("h1").text()).isEqualTo("Races");
		assertThat(page.select(".race-card h2 a").eachAttr("href")).containsExactlyInAnyOrder("/races/" + regular,
				"/races/" + special);
		Element race = page.selectFirst(".race-card:has(h2 a[href=/races/" + regular + "])");
		assertThat(race.select("h2").text()).isEqualTo("2020–21 U.S. Senate election in Georgia (regular)");
		assertThat(race.select(".race-facts").text()).isEqualTo("U.S. Senate · GA · Runoff 5 January 2021");
		assertThat(race.select(".race-facts time").attr("datetime")).isEqualTo("2021-01-05");
		assertThat(race.select(".candidates li").eachText()).containsExactly("David Perdue Republican, incumbent",
				"Jon Ossoff Democratic");
		assertThat(race.select(".candidates a").eachAttr("href"))
			.containsExactly("/people/" + this.ids.person("David Perdue"), "/people/" + this.ids.person("Jon Ossoff"));
		// a list among the others: reached from every page
		assertThat(page("/").select("header nav a[href=/races]").text()).isEqualTo("Races");
	}

	@Test
	@Transactional
	void raceListPagesLatestElectionFirstAndLeavesOutDrafts() throws Exception {
		for (int i = 1; i <= ArticleController.PAGE_SIZE; i++) {
			this.jdbc.update("""
					insert into race (slug, name, office, state, district, election_on, status)
					values (?, ?, 'U.S. House', 'OH', ?, ?, 'PUBLISHED')""", "oh-house-" + i, "Ohio district " + i,
					Integer.toString(i), LocalDate.of(2000 + i, 11, 3));
		}
		this.jdbc.update("""
				insert into race (slug, name, office, state, election_on, status)
				values ('draft-race', 'A race in draft', 'Mayor', 'OH', '2030-11-05', 'DRAFT')""");
		Document first = page("/races");
		assertThat(first.select(".race-card")).hasSize(ArticleController.PAGE_SIZE);
		// the Georgia runoffs, in January 2021, are the latest
		assertThat(first.select(".race-card h2").eachText()).startsWith(
				"2020–21 U.S. Senate election in Georgia (regular)", "2020–21 U.S. Senate special election in Georgia",
				"Ohio district 20", "Ohio district 19");
		assertThat(first.select(".race-card:has(h2 a:containsOwn(Ohio district 20)) .race-facts").text())
			.isEqualTo("U.S. House · OH, district 20 · Election 3 November 2020");
		assertThat(first.text()).doesNotContain("A race in draft");
		assertThat(first.select(".pager").text()).contains("Page 1 of 2");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/races?page=2");
		Document second = page("/races?page=2");
		assertThat(second.title()).isEqualTo("Races — page 2 — ClaimTracker");
		assertThat(second.select(".race-card h2").eachText()).containsExactly("Ohio district 2", "Ohio district 1");
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/races");
		this.mvc.perform(get("/races?page=3").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/races?page=0").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	@Test
	void quotePermalinkShowsContextClaimsAndCitation() throws Exception {
		long q1 = this.ids.quote("I think that federal");
		Document page = page("/quotes/" + q1);
		assertThat(page.select("h1").text()).isEqualTo("Quote by Jon Ossoff");
		assertThat(page.select(".in-context mark").text()).startsWith("I think that federal immigration law");
		assertThat(page.select(".in-context").first().text()).contains("Ossoff said.");
		assertThat(page.select(".claim-stances li")).hasSize(2);
		assertThat(page.select("#citation").text()).startsWith(
				"Jon Ossoff, quoted in John Binder, “Democrat Jon Ossoff: Police Must Not Help Keep Criminal Illegal "
						+ "Aliens Off Georgia Streets,” Breitbart News, 30 December 2020, "
						+ "https://www.breitbart.com/politics/2020/12/30/democrat-jon-ossoff-police-must-not-help-keep-criminal-illegal-aliens-off-georgia-streets/. "
						+ "ClaimTracker, http://localhost:8080/quotes/" + q1 + ", retrieved ");
	}

	@Test
	void topicPageListsItsClaimsAndQuotes() throws Exception {
		Document page = page("/topics/policing");
		assertThat(page.select(".claim-list > li")).hasSize(4);
		assertThat(page.select(".topic-evidence blockquote").text()).contains("bonds of trust");
		this.mvc.perform(get("/topics/astrology").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void topicsAreListedAndLinkedFromEveryPage() throws Exception {
		Document page = page("/topics");
		long topics = this.jdbc.queryForObject("select count(*) from topic where status = 'PUBLISHED'", Long.class);
		assertThat(page.select(".topic-list a")).hasSize((int) topics);
		assertThat(page.select(".topic-list a").eachAttr("href")).contains("/topics/policing");
		assertThat(page("/").select("header nav a[href=/topics]").text()).isEqualTo("Topics");
	}

	@Test
	void homeShowsLatestArticlesTopClaimsAndRaces() throws Exception {
		Document page = page("/");
		assertThat(page.select(".article-list a").eachAttr("href")).containsExactly("/articles/" + this.ids.article());
		assertThat(page.select("#top-claims ~ ul .claim-statement").first().attr("href"))
			.isEqualTo("/claims/" + this.ids.claim("Jon Ossoff opposes"));
		assertThat(page.select(".race-list > li")).hasSize(2);
		assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
	}

	@Test
	void articleListPaginatesAndFiltersByOutlet() throws Exception {
		long outlet = this.jdbc.queryForObject("select id from outlet", Long.class);
		assertThat(page("/articles?outlet=" + outlet).select(".article-list > li")).hasSize(1);
		String unknown = this.mvc.perform(get("/articles?outlet=" + (outlet + 1000)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(unknown).select(".error-page").text())
			.contains("There is no outlet " + (outlet + 1000) + ".");
		this.mvc.perform(get("/articles?page=0").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/articles?page=x").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
		this.mvc.perform(get("/articles?page=2").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("page must be between 1 and 1")));
	}

	@Test
	void unknownIdsAreNotFoundPages() throws Exception {
		for (String path : List.of("/articles/98765", "/claims/98765", "/people/98765", "/quotes/98765",
				"/races/98765")) {
			String html = this.mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("h1").text()).as(path).isEqualTo("Not found");
		}
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
