package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.Fixtures;
import org.claimtracker.common.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imported ratings: an outside checker's are kept on its own scale, several per claim;
 * the newsroom's (no checker) is one per claim, changed in place whatever review it
 * names.
 */
@SpringBootTest
@Transactional
class RatingBatchTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void checkersKeepTheirScalesAndTheNewsroomRatesOnce() {
		long claim = this.make.claim(this.make.unique("An imported claim with ratings"));
		RatingBatch first = new RatingBatch(this.client, List.of(claim));
		first.rate(claim, new RatingGiven(null, "2", "5", "1", "Example Check", "https://example.org/r/1",
				LocalDate.of(2024, 5, 1)), Publication.DRAFT);
		first.rate(claim,
				new RatingGiven("Pants on Fire!", null, null, null, "PolitiFact", "https://example.org/r/2", null),
				Publication.DRAFT);
		first.rate(claim, new RatingGiven("Mostly false", null, null, null, null, "https://example.org/ours/1", null),
				Publication.DRAFT);
		first.save();
		RatingBatch again = new RatingBatch(this.client, List.of(claim));
		assertThat(
				again.rate(claim, new RatingGiven("False", null, null, null, null, "https://example.org/ours/2", null),
						Publication.DRAFT))
			.isTrue();
		again.save();

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select name, value, best, checker, review_url from claim_rating where claim_id = ? order by checker nulls first",
				claim);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).containsEntry("name", "False")
			.containsEntry("checker", null)
			.containsEntry("review_url", "https://example.org/ours/2");
		assertThat(rows.get(1)).containsEntry("value", "2")
			.containsEntry("best", "5")
			.containsEntry("checker", "Example Check");
		assertThat(rows.get(2)).containsEntry("name", "Pants on Fire!").containsEntry("checker", "PolitiFact");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from claim_rating_history h join claim_rating r on r.id = h.id where r.claim_id = ?""",
				Integer.class, claim))
			.isEqualTo(4);
	}

}
