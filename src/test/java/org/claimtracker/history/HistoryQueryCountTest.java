package org.claimtracker.history;

import jakarta.persistence.EntityManagerFactory;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A claim's history page runs a fixed number of SQL statements however many changes its
 * evidence has had. Not one transaction rolled back: history is written when a change
 * commits.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class HistoryQueryCountTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory factory;

	@Autowired
	ClaimService claims;

	@Autowired
	EvidenceService evidence;

	@Autowired
	QuoteService quotes;

	@Test
	void aClaimsHistoryRunsTheSameStatementsWithMoreEvidenceChanges() throws Exception {
		long claim = this.make.claim("A claim with much evidence.");
		Fixtures.Article article = this.make.article("Ossowski said Georgia needs him.");
		long speaker = this.make.person(this.make.unique("Jon Ossowski"));
		long bare = statements(claim);
		changeEvidence(claim, article, speaker, 1);
		long few = statements(claim);
		changeEvidence(claim, article, speaker, 6);
		long many = statements(claim);

		// with evidence, two more: its quotes' words, and which quotes have pages
		assertThat(few).isEqualTo(bare + 2);
		assertThat(many).isEqualTo(few);
	}

	/**
	 * Links new quotes to the claim, revises each link, and unlinks or deletes every
	 * other one's quote.
	 */
	private void changeEvidence(long claim, Fixtures.Article article, long speaker, int n) {
		for (int i = 0; i < n; i++) {
			long quote = article.quote("Georgia", speaker);
			long link = this.evidence.link(quote, claim, Stance.SUPPORTS, "It says so.");
			this.evidence.revise(link, 0, Stance.CONTRADICTS, "It says otherwise.");
			if (i % 2 == 1) {
				this.quotes.delete(quote, 0);
			}
		}
	}

	private long statements(long claim) throws Exception {
		Statistics statistics = this.factory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get("/history/claim/" + claim).with(user("x").roles("EDITOR"))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
