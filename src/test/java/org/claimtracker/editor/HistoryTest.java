package org.claimtracker.editor;

import java.util.Set;

import org.claimtracker.DemoIds;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
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

/** Every change of a claim is recorded with who made it, and shown before and after. */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClaimService claims;

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void claimHistoryShowsWhoChangedWhatFromWhatToWhat() throws Exception {
		long claim = this.claims.create(new ClaimDraft("Before the edit.", ClaimKind.FACTUAL, null, Set.of()));
		try {
			this.mvc
				.perform(post("/editor/claims/" + claim).with(csrf())
					.with(user("historian").roles("EDITOR"))
					.param("statement", "After the edit.")
					.param("kind", "FACTUAL")
					.param("version", "0"))
				.andExpect(status().is3xxRedirection());

			Document page = Jsoup.parse(this.mvc.perform(get("/history/claim/" + claim).with(user("x").roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
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
			this.mvc.perform(get("/history/claim/987654").with(user("x").roles("EDITOR")))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/history/planet/1").with(user("x").roles("EDITOR"))).andExpect(status().isNotFound());
		}
		finally {
			this.jdbc.update("delete from claim where id = ?", claim);
		}
	}

	@Test
	void theHistoryOfADeletedClaimLinksToNoPage() throws Exception {
		long claim = this.claims.create(new ClaimDraft("Soon gone.", ClaimKind.FACTUAL, null, Set.of()));
		this.claims.delete(claim, 0);
		Document page = Jsoup.parse(this.mvc.perform(get("/history/claim/" + claim).with(user("x").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select(".change").first().select("h2").text()).contains("Deleted");
		assertThat(page.select("a[href=/claims/" + claim + "]")).isEmpty();
		assertThat(page.select("h1 + p").text()).isEqualTo("It was deleted: this history is all that is left of it.");
	}

	@Test
	void deletingAQuoteRecordsTheDeletionOfItsEvidence() {
		DemoIds demo = new DemoIds(this.jdbc);
		String body = this.jdbc.queryForObject("select body from article where id = ?", String.class, demo.article());
		int start = body.indexOf("Georgia");
		long quote = this.quotes.create(new NewQuote(demo.article(), demo.person("Jon Ossoff"), QuoteKind.PARTIAL, null,
				null, start, start + "Georgia".length(), "Georgia"));
		long claim = this.claims.create(new ClaimDraft("A claim with evidence.", ClaimKind.FACTUAL, null, Set.of()));
		long evidence = this.claims.link(quote, claim, Stance.SUPPORTS, "It says so.");
		try {
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
		finally {
			this.jdbc.update("delete from claim where id = ?", claim);
		}
	}

}
