package org.claimtracker.editor;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change of a claim and of its evidence is recorded with who made it, and shown
 * before and after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ClaimService claims;

	@Autowired
	EvidenceService evidence;

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	Fixtures.Article article;

	long speaker;

	@BeforeEach
	void anArticleToQuote() {
		this.article = this.make.article("Ossowski said Georgia needs him in the Senate.");
		this.speaker = this.make.person(this.make.unique("Jon Ossowski"));
	}

	@Test
	void claimHistoryShowsWhoChangedWhatFromWhatToWhat() throws Exception {
		long claim = this.make.claim("Before the edit.");
		this.mvc
			.perform(post("/editor/claims/" + claim).with(csrf())
				.with(user("historian").roles("EDITOR"))
				.param("statement", "After the edit.")
				.param("kind", "FACTUAL")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		Document page = history(claim);
		assertThat(page.select(".change")).hasSize(2);
		assertThat(page.select(".change").first().select("h2").text()).contains("Changed", "by historian");
		assertThat(page.select(".change").first().select("tr:has(th:contains(statement)) td").eachText())
			.containsExactly("Before the edit.", "After the edit.");
		assertThat(page.select(".change").last().select("h2").text()).contains("Created");
		assertThat(page.select(".change").last().select("tr:has(th:contains(status)) td").eachText())
			.containsExactly("draft");
		assertThat(page.select("h1 + p a").attr("href")).isEqualTo("/claims/" + claim);
		// valid HTML times: at most three digits of a second's fraction
		assertThat(page.select("time").eachAttr("datetime")).isNotEmpty()
			.allMatch((at) -> at.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
		this.mvc.perform(get("/history/claim/987654").with(user("x").roles("EDITOR"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/history/planet/1").with(user("x").roles("EDITOR"))).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryOfADeletedClaimLinksToNoPage() throws Exception {
		long claim = this.make.claim("Soon gone.");
		this.claims.delete(claim, 0);
		Document page = history(claim);
		assertThat(page.select(".change").first().select("h2").text()).contains("Deleted");
		assertThat(page.select("a[href=/claims/" + claim + "]")).isEmpty();
		assertThat(page.select("h1 + p").text()).isEqualTo("It was deleted: this history is all that is left of it.");
	}

	@Test
	void aClaimsHistoryShowsItsEvidenceLinkedRevisedAndUnlinkedAmongItsOwnChanges() throws Exception {
		long quote = quote("Georgia");
		long claim = this.make.claim("A claim with evidence.");
		long other = this.make.claim("Another claim.");
		String first = "The speaker names the state the claim is about, and nothing in the sentence around the words "
				+ "says otherwise, so the quote supports the claim.";
		String revised = first.replace("supports the claim", "contradicts the claim");
		this.mvc
			.perform(post("/editor/quotes/" + quote + "/evidence").with(csrf())
				.with(user("linker").roles("EDITOR"))
				.param("claimId", Long.toString(claim))
				.param("stance", "SUPPORTS")
				.param("rationale", first))
			.andExpect(status().is3xxRedirection());
		long evidence = this.jdbc.queryForObject("select id from evidence where quote_id = ? and claim_id = ?",
				Long.class, quote, claim);
		this.mvc
			.perform(post("/editor/quotes/" + quote + "/evidence/" + evidence).with(csrf())
				.with(user("reviser").roles("EDITOR"))
				.param("stance", "CONTRADICTS")
				.param("rationale", revised)
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/editor/quotes/" + quote + "/evidence/" + evidence + "/delete").with(csrf())
				.with(user("unlinker").roles("EDITOR"))
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		this.evidence.link(quote, other, Stance.SUPPORTS, "Another claim's evidence.");

		Document page = history(claim);
		Elements changes = page.select(".change");
		assertThat(changes.eachText()).noneMatch((text) -> text.contains("Another claim's evidence."));
		assertThat(changes.select("h2 > span:first-child").eachText()).containsExactly("Quote unlinked", "Link changed",
				"Quote linked", "Created");
		assertThat(changes.select("h2 .meta:contains(by)").eachText()).containsExactly("by unlinker", "by reviser",
				"by linker", "by system");
		// each names the quote by its words, linked to its page
		for (Element change : changes.subList(0, 3)) {
			assertThat(change.select("blockquote a").attr("href")).isEqualTo("/quotes/" + quote);
			assertThat(change.select("blockquote").text()).isEqualTo("Georgia");
		}
		Element unlinked = changes.get(0);
		assertThat(unlinked.select("tr:has(th:contains(stance)) td.before").text()).isEqualTo("contradicts");
		assertThat(unlinked.select("tr:has(th:contains(stance)) td.after").text()).isEmpty();
		assertThat(unlinked.select("tr:has(th:contains(rationale)) td.before").text()).isEqualTo(revised);
		Element changed = changes.get(1);
		assertThat(changed.select("tr:has(th:contains(stance)) td").eachText()).containsExactly("supports",
				"contradicts");
		assertThat(changed.select("tr:has(th:contains(rationale)) td.before del").text())
			.isEqualTo("[taken out:] supports");
		assertThat(changed.select("tr:has(th:contains(rationale)) td.after ins").text())
			.isEqualTo("[put in:] contradicts");
		assertThat(changed.select("tr:has(th:contains(status))")).isEmpty();
		Element linked = changes.get(2);
		assertThat(linked.select("tr:has(th:contains(stance)) td.after").text()).isEqualTo("supports");
		assertThat(linked.select("tr:has(th:contains(rationale)) td.after").text()).isEqualTo(first);
		assertThat(linked.select("tr:has(th:contains(status)) td.after").text()).isEqualTo("draft");
		// an unlinked quote is a change to the claim's evidence, not the claim's end
		assertThat(page.select("h1 + p a").attr("href")).isEqualTo("/claims/" + claim);
		assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
	}

	@Test
	void aClaimsHistoryKeepsTheWordsOfQuotesDeletedSinceAndItsEvidenceDeletedWithIt() throws Exception {
		long gone = quote("Georgia");
		long kept = quote("Senate");
		long claim = this.make.claim("A claim soon gone.");
		this.evidence.link(gone, claim, Stance.SUPPORTS, "Gone with its quote.");
		this.evidence.link(kept, claim, Stance.CONTRADICTS, "Gone with the claim.");
		this.quotes.delete(gone, 0);
		this.claims.delete(claim, 0);

		Document page = history(claim);
		Elements changes = page.select(".change");
		assertThat(changes.select("h2 > span:first-child").eachText()).containsExactly("Deleted", "Quote unlinked",
				"Quote unlinked", "Quote linked", "Quote linked", "Created");
		assertThat(changes.get(1).select("blockquote a").attr("href")).isEqualTo("/quotes/" + kept);
		assertThat(changes.get(1).select("td.before").eachText()).contains("Gone with the claim.");
		// the deleted quote's words, from its history, with no page to link to
		assertThat(changes.get(2).select("blockquote").text()).isEqualTo("Georgia");
		assertThat(changes.get(2).select("blockquote a")).isEmpty();
		assertThat(changes.get(2).select("td.before").eachText()).contains("Gone with its quote.");
		assertThat(page.select("h1 + p").text()).isEqualTo("It was deleted: this history is all that is left of it.");
		assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
	}

	@Test
	void deletingAQuoteRecordsTheDeletionOfItsEvidence() {
		long quote = quote("Georgia");
		long claim = this.make.claim("A claim with evidence.");
		long evidence = this.evidence.link(quote, claim, Stance.SUPPORTS, "It says so.");
		this.quotes.delete(quote, 0);

		assertThat(this.jdbc.queryForObject("select count(*) from evidence where id = ?", Integer.class, evidence))
			.isZero();
		assertThat(this.jdbc.queryForList("select revtype from evidence_history where id = ? order by rev",
				Integer.class, evidence))
			.containsExactly(0, 2);
		assertThat(this.jdbc.queryForObject("select rationale from evidence_history where id = ? and revtype = 2",
				String.class, evidence))
			.isEqualTo("It says so.");
	}

	private long quote(String words) {
		return this.article.quote(words, this.speaker, QuoteKind.PARTIAL);
	}

	private Document history(long claim) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/history/claim/" + claim).with(user("x").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void linksRemovedInOneRevisionAreNamedByTheirWords() throws Exception {
		long georgia = quote("Georgia");
		long senate = quote("Senate");
		long claim = this.make.claim("A claim gone with two links.");
		this.evidence.link(georgia, claim, Stance.SUPPORTS, "One.");
		this.evidence.link(senate, claim, Stance.SUPPORTS, "Two.");
		this.claims.delete(claim, 0);

		Document page = history(claim);
		assertThat(page.select(".change h2 > span:first-child").eachText()).startsWith("Deleted", "Quote unlinked",
				"Quote unlinked");
		// the two sections' headings are alike, down to the revision: the words tell
		// them apart
		assertThat(sectionNames(page)).doesNotHaveDuplicates();
	}

	/**
	 * What a screen reader names each change's section: the text of the elements that
	 * label it.
	 */
	private static List<String> sectionNames(Document page) {
		return page.select("section[aria-labelledby]")
			.stream()
			.map((section) -> Arrays.stream(section.attr("aria-labelledby").split(" "))
				.map((id) -> page.getElementById(id).text())
				.collect(Collectors.joining(" ")))
			.toList();
	}

}
