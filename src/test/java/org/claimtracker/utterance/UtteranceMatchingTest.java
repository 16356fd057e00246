package org.claimtracker.utterance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching threshold, measured on the project's test set of variant pairs
 * ({@code utterances/pairs.tsv}): true re-quotes with edits that are one utterance, and
 * paraphrases and other remarks on the same theme that are not.
 */
class UtteranceMatchingTest {

	record Pair(boolean same, String one, String other, String why) {

	}

	@Test
	void thresholdKeepsPrecisionAndRecallAboveTheirFloors() throws IOException {
		List<Pair> pairs = pairs();
		assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
		int truePositives = 0;
		int falsePositives = 0;
		int falseNegatives = 0;
		for (Pair pair : pairs) {
			boolean found = SameWords.same(pair.one(), pair.other());
			if (found && pair.same()) {
				truePositives++;
			}
			else if (found) {
				falsePositives++;
				System.out.println("Wrongly joined (" + pair.why() + "): " + pair.other());
			}
			else if (pair.same()) {
				falseNegatives++;
				System.out.println("Wrongly kept apart (" + pair.why() + "): " + pair.other());
			}
		}
		double precision = (double) truePositives / (truePositives + falsePositives);
		double recall = (double) truePositives / (truePositives + falseNegatives);
		System.out.printf("Utterance matching at threshold %.2f on %d pairs: precision %.3f, recall %.3f%n",
				SameWords.THRESHOLD, pairs.size(), precision, recall);
		assertThat(precision).isGreaterThanOrEqualTo(0.9);
		assertThat(recall).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void theThresholdSitsWhereTheTestSetScoresBest() throws IOException {
		List<Pair> pairs = pairs();
		double best = -1;
		double bestAt = -1;
		for (int t = 30; t <= 95; t += 5) {
			double threshold = t / 100.0;
			long right = pairs.stream()
				.filter((p) -> (SameWords.score(QuoteWords.spoken(p.one()),
						QuoteWords.spoken(p.other())) >= threshold) == p.same())
				.count();
			System.out.printf("threshold %.2f: %d of %d pairs right%n", threshold, right, pairs.size());
			if (right > best) {
				best = right;
				bestAt = threshold;
			}
		}
		double atChosen = pairs.stream().filter((p) -> SameWords.same(p.one(), p.other()) == p.same()).count();
		assertThat(atChosen).as("pairs right at the chosen threshold, best at %.2f", bestAt).isEqualTo(best);
	}

	@Test
	void shortStockPhrasesNeverMatch() {
		assertThat(SameWords.same("the American people", "the American people")).isFalse();
		assertThat(SameWords.same("bonds of trust between", "bonds of trust between")).isTrue();
	}

	static List<Pair> pairs() throws IOException {
		try (InputStream in = UtteranceMatchingTest.class.getResourceAsStream("/utterances/pairs.tsv")) {
			assertThat(in).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t"))
				.map((f) -> new Pair(f[0].equals("1"), f[1], f[2], f[3]))
				.toList();
		}
	}

}
