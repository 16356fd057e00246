package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's page sets out their positions over time, topic by topic, and says where a
 * later quote of theirs takes the other stance on a claim than an earlier one did, with
 * links to both quotes. Readers see published evidence only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PositionsPageTest {

	static final String JUNE_WORDS = "We will keep every library open.";

	static final String DECEMBER_WORDS = "Some libraries will have to close.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Test
	void aLaterQuoteThatContradictsAnEarlierOneIsAChangeOfPosition() throws Exception {
		String name = this.make.unique("Dana Reyes");
		long person = this.make.person(name);
		long topic = this.make.topic(this.make.unique("Libraries"));
		long claim = this.make.claim(new ClaimDraft(name + " wants every public library kept open.", ClaimKind.POSITION,
				person, Set.of(topic)));
		this.make.publishClaim(claim);

		// the June remark is reported in an article of December: its said-on date counts
		Fixtures.Article later = this.make.article("She said: \u201c" + JUNE_WORDS + "\u201d",
				LocalDate.of(2024, 12, 20));
		NewQuote june = later.newQuote(JUNE_WORDS, person, QuoteKind.DIRECT);
		long juneQuote = later.quote(new NewQuote(june.articleId(), person, QuoteKind.DIRECT, LocalDate.of(2024, 6, 12),
				null, june.start(), june.end(), june.exact()));
		this.make.evidence(juneQuote, claim, Stance.SUPPORTS);
		later.publish();
		// no said-on date: the article's date counts
		Fixtures.Article december = this.make.article("Now: \u201c" + DECEMBER_WORDS + "\u201d",
				LocalDate.of(2024, 12, 3));
		long decemberQuote = december.quote(DECEMBER_WORDS, person);
		this.make.evidence(decemberQuote, claim, Stance.CONTRADICTS);
		december.publish();

		Document page = page(person);
		Element timeline = page.selectFirst("section.timeline");
		assertThat(timeline.selectFirst("h3").text()).startsWith("Libraries");
		assertThat(timeline.select("ol.timeline-list > li time.timeline-date").eachAttr("datetime"))
			.containsExactly("2024-06-12", "2024-12-03");
		assertThat(timeline.select("ol.timeline-list > li .badge").eachText()).containsExactly("Supports",
				"Contradicts");
		assertThat(timeline.select("ol.timeline-list > li").get(1).select(".position-change-flag").text())
			.isEqualTo("Change of position");
		assertThat(timeline.select("ol.timeline-list > li").get(0).select(".position-change-flag")).isEmpty();

		Element change = timeline.selectFirst(".position-changes > li");
		assertThat(change.text()).contains("On 12 June 2024 " + name + " supported \u201c" + name
				+ " wants every public library kept open.\u201d; on 3 December 2024 " + name + " contradicted it.");
		assertThat(change.select("a").eachAttr("href")).containsExactly("/quotes/" + juneQuote,
				"/quotes/" + decemberQuote, "/claims/" + claim);
	}

	@Test
	void contradictingThenSupportingIsAChangeToo() throws Exception {
		String name = this.make.unique("Lee Okafor");
		long person = this.make.person(name);
		long claim = this.make
			.claim(new ClaimDraft(name + " backs the bridge toll.", ClaimKind.POSITION, person, Set.of()));
		this.make.publishClaim(claim);
		Fixtures.Article first = this.make.article("\u201c" + DECEMBER_WORDS + "\u201d", LocalDate.of(2024, 3, 1));
		this.make.evidence(first.quote(DECEMBER_WORDS, person), claim, Stance.CONTRADICTS);
		first.publish();
		Fixtures.Article again = this.make.article("\u201c" + JUNE_WORDS + "\u201d", LocalDate.of(2024, 4, 1));
		this.make.evidence(again.quote(JUNE_WORDS, person), claim, Stance.CONTRADICTS);
		again.publish();
		Fixtures.Article last = this.make.article("\u201c" + JUNE_WORDS + "\u201d", LocalDate.of(2024, 5, 1));
		this.make.evidence(last.quote(JUNE_WORDS, person), claim, Stance.SUPPORTS);
		last.publish();

		Document page = page(person);
		// a claim with no topic is under "Without a topic"; the same stance again is no
		// change
		Element timeline = page.selectFirst("section.timeline");
		assertThat(timeline.selectFirst("h3").text()).isEqualTo("Without a topic");
		assertThat(timeline.select(".position-changes > li")).hasSize(1);
		assertThat(timeline.selectFirst(".position-changes > li").text())
			.contains("On 1 April 2024 " + name + " contradicted");
		assertThat(timeline.selectFirst(".position-changes > li").text())
			.contains("on 1 May 2024 " + name + " supported it.");
		assertThat(timeline.select(".position-change-flag")).hasSize(1);
	}

	@Test
	void readersSeeNoChangeThatOnlyADraftMakes() throws Exception {
		String name = this.make.unique("Sam Varga");
		long person = this.make.person(name);
		long claim = this.make
			.claim(new ClaimDraft(name + " opposes the stadium.", ClaimKind.POSITION, person, Set.of()));
		this.make.publishClaim(claim);
		Fixtures.Article published = this.make.article("\u201c" + JUNE_WORDS + "\u201d", LocalDate.of(2024, 3, 1));
		this.make.evidence(published.quote(JUNE_WORDS, person), claim, Stance.SUPPORTS);
		published.publish();
		Fixtures.Article draft = this.make.article("\u201c" + DECEMBER_WORDS + "\u201d", LocalDate.of(2024, 4, 1));
		this.make.evidence(draft.quote(DECEMBER_WORDS, person), claim, Stance.CONTRADICTS);

		Document page = page(person);
		assertThat(page.select("section.timeline ol.timeline-list > li")).hasSize(1);
		assertThat(page.select(".position-changes, .position-change-flag")).isEmpty();
	}

	@Test
	void aPersonWhoTookNoStanceHasNoTimeline() throws Exception {
		long person = this.make.person(this.make.unique("Quiet Person"));
		Document page = page(person);
		assertThat(page.select("section.timeline")).isEmpty();
		assertThat(page.selectFirst("#positions ~ p.meta:last-of-type").text())
			.isEqualTo("No published quote by this person supports or contradicts a claim yet.");
	}

	private Document page(long person) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/people/" + person).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
