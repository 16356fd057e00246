package org.claimtracker.utterance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.quote.QuoteService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing a new quote among many of its speaker's stays quick: the candidates come from
 * the index, whatever the speaker has said before. The figure is printed; the bound
 * asserted is loose, for a shared machine.
 */
@SpringBootTest
class UtterancePlacementSpeedTest {

	static final int EARLIER = 50_000;

	static final int PLACED = 60;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNewQuoteIsPlacedAmongFiftyThousandOfItsSpeakersQuickly() {
		long speaker = this.make.person(this.make.unique("Prolific"));
		Fixtures.Article archive = this.make.article("Archive.", LocalDate.of(2024, 5, 1));
		this.jdbc.update("insert into quote (article_id, speaker_id, kind, anchor_start, anchor_end, exact) "
				+ "select ?, ?, 'DIRECT', 0, 4, 'We will ' || (array['fund', 'fix', 'cut', 'build'])[1 + g % 4] "
				+ "|| ' the ' || md5(g::text) || ' program and ' || md5((g * 7)::text) "
				+ "from generate_series(1, ?) g", archive.id(), speaker, EARLIER);
		this.jdbc.execute("analyze quote");
		StringBuilder body = new StringBuilder();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < PLACED; i++) {
			String said = "We will fund the schools of district " + i + " and the roads of county " + (i * 7)
					+ " for every family.";
			words.add(said);
			body.append("She said “").append(said).append("” ");
		}
		Fixtures.Article article = this.make.article(body.toString(), LocalDate.of(2024, 5, 6));
		long[] took = new long[PLACED];
		for (int i = 0; i < PLACED; i++) {
			long started = System.nanoTime();
			article.quote(words.get(i), speaker);
			took[i] = System.nanoTime() - started;
		}
		java.util.Arrays.sort(took);
		double p50 = took[PLACED / 2] / 1e6;
		double p95 = took[(int) Math.ceil(PLACED * 0.95) - 1] / 1e6;
		System.out.printf("Marking and placing a quote among %d of its speaker's: p50 %.1f ms, p95 %.1f ms%n", EARLIER,
				p50, p95);
		assertThat(p95).isLessThan(500);
	}

}
