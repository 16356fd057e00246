package org.claimtracker.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimtracker.extraction.GoldArticle.GoldQuote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor meets its targets on the gold set and on the seed article's curated
 * quotes.
 */
class GoldSetTest {

	static final List<GoldArticle> GOLD = GoldArticle.all();

	@Test
	void goldSetHasTheSeedAndAtLeastTwentyWrittenArticles() {
		assertThat(GOLD.get(0).name()).isEqualTo("00-seed.txt");
		assertThat(GOLD.get(0).body()).isEqualTo(seedBody());
		assertThat(GOLD.get(0).quotes()).hasSize(8);
		assertThat(GOLD.size() - 1).isGreaterThanOrEqualTo(20);
		assertThat(GOLD.stream().filter(GoldArticle::heldOut)).isNotEmpty();
	}

	@Test
	void directQuotesSpeakersAndScareQuotes() {
		Evaluation evaluation = Evaluation.of(GOLD);
		assertThat(evaluation.scores.get(Kind.DIRECT).f1(true)).as(evaluation.report("gold"))
			.isGreaterThanOrEqualTo(0.95);
		assertThat(evaluation.speakerAccuracy()).as(evaluation.report("gold")).isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.scareProposed).as(String.join("\n", evaluation.errors)).isZero();
	}

	@Test
	void seedTargets() {
		GoldArticle seed = GOLD.get(0);
		List<Proposal> proposals = QuoteExtractor.extract(seed.body());
		List<GoldQuote> q = seed.quotes();
		// in reading order: q4, q1, q2, q3, q5, q6, q7, q8
		for (GoldQuote direct : List.of(q.get(1), q.get(2), q.get(6), q.get(7))) {
			Proposal p = exactly(proposals, direct);
			assertThat(p.kind()).isEqualTo(Kind.DIRECT);
			assertThat(p.block()).isFalse();
			assertThat(p.speaker().name()).isEqualTo(direct.speaker());
		}
		Proposal block = exactly(proposals, q.get(3));
		assertThat(block.kind()).isEqualTo(Kind.DIRECT);
		assertThat(block.block()).isTrue();
		assertThat(block.speaker().name()).isEqualTo("Jon Ossoff");
		assertThat(exactly(proposals, q.get(5)).kind()).isEqualTo(Kind.PARTIAL);
		assertThat(exactly(proposals, q.get(0)).kind()).isEqualTo(Kind.PARAPHRASE);
		assertThat(exactly(proposals, q.get(4)).kind()).isEqualTo(Kind.PARAPHRASE);
		assertThat(proposals).allSatisfy((p) -> assertThat(p.speaker().name()).isIn("Jon Ossoff", "Chuck Schumer"));
	}

	private static Proposal exactly(List<Proposal> proposals, GoldQuote quote) {
		return proposals.stream()
			.filter((p) -> p.start() == quote.start() && p.end() == quote.end())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No proposal at [" + quote.start() + ", " + quote.end() + ")"));
	}

	private static String seedBody() {
		try (InputStream in = GoldSetTest.class.getResourceAsStream("/demo/article-2020-12-30-ossoff-287g.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
