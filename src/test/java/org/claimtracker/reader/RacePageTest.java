package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.claimtracker.DemoIds;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
 * A race's page puts its candidates side by side, a column each, and the topics in rows:
 * in each cell the claims about that candidate on that topic, with the quotes that show
 * where they stand. Checked on the demo data set.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RacePageTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	DemoIds ids;

	long race;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
		this.race = this.jdbc.queryForObject("select id from race where slug = 'ga-senate-regular-2020'", Long.class);
	}

	@Test
	void candidatesAreColumnsAndTopicsAreRows() throws Exception {
		Document page = page();
		assertThat(page.select(".race-table thead th[scope=col] a").eachText()).containsExactly("David Perdue",
				"Jon Ossoff");
		assertThat(page.select(".race-table tbody th[scope=row]").eachText()).containsExactly("Immigration",
				"Policing");
		Element immigration = row(page, "Immigration");
		assertThat(immigration.select("td")).hasSize(2);
		assertThat(immigration.select("td").get(0).select(".race-claims")).isEmpty();
		assertThat(immigration.select("td").get(0).text()).isEqualTo("David Perdue No claim on this topic yet.");
		assertThat(immigration.select("td").get(1).select(".race-claims > li > a.claim-statement")).hasSize(4);
		assertThat(row(page, "Policing").select("td").get(1).select(".race-claims > li > a.claim-statement").eachText())
			.containsExactlyInAnyOrder(statement("Jon Ossoff opposes"), statement("Jon Ossoff holds that enforcing"));
	}

	@Test
	void eachClaimShowsTheQuotesThatShowWhereTheCandidateStands() throws Exception {
		Document page = page();
		long claim = this.ids.claim("Jon Ossoff opposes");
		Element item = row(page, "Policing").selectFirst(".race-claims > li:has(> a[href=/claims/" + claim + "])");
		List<Long> quotes = this.jdbc.queryForList(
				"select quote_id from evidence where claim_id = ? and status = 'PUBLISHED'", Long.class, claim);
		assertThat(quotes).isNotEmpty();
		assertThat(item.select(".race-quotes > li")).hasSize(quotes.size());
		for (long quote : quotes) {
			Element shown = item.selectFirst(".race-quotes > li:has(a[href=/quotes/" + quote + "])");
			assertThat(shown).as("quote %d", quote).isNotNull();
			assertThat(shown.select(".badge").text()).isIn("Supports", "Contradicts");
		}
		// a paraphrase stays the outlet's account beside the claim
		long paraphrase = this.ids.quote("Ossoff promised");
		Element reported = page.selectFirst(".race-quotes > li:has(a[href=/quotes/" + paraphrase + "])");
		assertThat(reported.select("blockquote")).isEmpty();
		assertThat(reported.select(".reported-paraphrase")).hasSize(1);
	}

	@Test
	void aClaimWithNoTopicIsInALastRowOfItsOwn() throws Exception {
		long perdue = this.ids.person("David Perdue");
		String statement = this.make.unique("David Perdue wants a second term");
		long claim = this.make.claim(new ClaimDraft(statement, ClaimKind.POSITION, perdue, Set.of()));
		this.make.publishClaim(claim);
		Document page = page();
		assertThat(page.select(".race-table tbody th[scope=row]").eachText()).containsExactly("Immigration", "Policing",
				"Other claims");
		Element other = row(page, "Other claims");
		assertThat(other.select("td").get(0).select("a.claim-statement").text()).isEqualTo(statement);
		assertThat(other.select("td").get(1).text()).isEqualTo("Jon Ossoff No claim on this topic yet.");
	}

	@Test
	void eachCandidatesStancesAreInOrderWithTheirChangesOfPosition() throws Exception {
		long perdue = this.ids.person("David Perdue");
		String topicName = this.make.unique("Transit");
		long topic = this.make.topic(topicName);
		long claim = this.make
			.claim(new ClaimDraft(this.make.unique("A state rail line"), ClaimKind.FACTUAL, null, Set.of(topic)));
		this.make.publishClaim(claim);
		Fixtures.Article march = this.make.article("Perdue said: \u201cThe rail line will pay for itself.\u201d",
				LocalDate.of(2020, 3, 2));
		long first = march.quote("The rail line will pay for itself.", perdue);
		this.make.evidence(first, claim, Stance.SUPPORTS);
		march.publish();
		Fixtures.Article october = this.make.article("Perdue said: \u201cNo rail line pays for itself.\u201d",
				LocalDate.of(2020, 10, 9));
		long second = october.quote("No rail line pays for itself.", perdue);
		this.make.evidence(second, claim, Stance.CONTRADICTS);
		october.publish();

		Document page = page();
		// a topic the candidates only took stances on in quotes has its row
		Element row = row(page, topicName);
		Element perdueCell = row.select("td").get(0);
		assertThat(perdueCell.select(".race-timeline > li time").eachAttr("datetime")).containsExactly("2020-03-02",
				"2020-10-09");
		assertThat(perdueCell.select(".race-timeline > li .badge").eachText()).containsExactly("Supports",
				"Contradicts");
		assertThat(perdueCell.select(".race-timeline > li").get(1).select(".position-change-flag").text())
			.isEqualTo("Change of position");
		assertThat(perdueCell.select(".position-changes > li").text())
			.contains("On 2 March 2020 David Perdue supported", "on 9 October 2020 David Perdue contradicted it.");
		assertThat(perdueCell.select(".position-changes > li a").eachAttr("href")).containsExactly("/quotes/" + first,
				"/quotes/" + second, "/claims/" + claim);
		assertThat(row.select("td").get(1).select(".race-positions")).isEmpty();
	}

	@Test
	void anUnknownRaceIsNotFound() throws Exception {
		this.mvc.perform(get("/races/98765432").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(get("/races/abc").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	private String statement(String start) {
		return this.jdbc.queryForObject("select statement from claim where statement like ?", String.class,
				start + "%");
	}

	private static Element row(Document page, String topic) {
		return page.select(".race-table tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().equals(topic))
			.findFirst()
			.orElseThrow();
	}

	private Document page() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/races/" + this.race).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
