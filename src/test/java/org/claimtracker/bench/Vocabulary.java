package org.claimtracker.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words of the synthetic corpus, ranked by frequency: campaign words first, then
 * made-up words, drawn with a Zipf law so that the first ranks each appear in a large
 * share of quotes and the last ones in a handful. The same seed always gives the same
 * words in the same ranks.
 */
public final class Vocabulary {

	static final List<String> CAMPAIGN = List.of("taxes", "border", "health", "jobs", "economy", "vote", "police",
			"voters", "families", "schools", "energy", "wages", "prices", "senate", "election", "workers", "farmers",
			"immigration", "security", "medicare", "insurance", "climate", "crime", "courts", "budget", "veterans",
			"housing", "inflation", "abortion", "guns", "pipeline", "tariffs", "unions", "pensions", "students",
			"teachers", "nurses", "hospitals", "debt", "deficit", "spending", "ballots", "fraud", "corruption",
			"donors", "lobbyists", "sheriff", "deportation", "sanctuary", "refugees", "military", "troops", "china",
			"russia", "trade", "manufacturing", "factories", "highways", "bridges", "broadband", "water", "drought",
			"wildfires", "hurricanes", "flooding", "insulin", "prescriptions", "opioids", "fentanyl", "addiction",
			"prisons", "bail", "justice", "rights", "freedom", "liberty", "constitution", "amendment", "speech",
			"religion", "churches", "abortions", "marriage", "children", "parents", "seniors", "retirement", "savings",
			"banks", "inflationary", "gasoline", "oil", "coal", "solar", "wind", "nuclear", "subsidies", "regulations",
			"bureaucrats", "washington", "congress", "governor", "mayor", "legislature", "filibuster", "oppose",
			"support", "promise", "fight", "protect", "defend", "cut", "raise", "fund", "repeal", "reform", "expand",
			"ban", "secure", "invest", "lower", "restore", "deliver", "demand", "reject", "endorse");

	private static final String[] ONSETS = { "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br",
			"dr", "gr", "kr", "pl", "st", "tr", "sk", "sl", "sn" };

	private static final String[] VOWELS = { "a", "e", "i", "o", "u", "ai", "ou", "ea" };

	private final String[] words;

	private final double[] cumulative;

	public Vocabulary(int size, long seed) {
		Random random = new Random(seed);
		Set<String> chosen = new LinkedHashSet<>(CAMPAIGN);
		while (chosen.size() < size) {
			chosen.add(madeUp(random));
		}
		this.words = chosen.toArray(String[]::new);
		this.cumulative = new double[size];
		double sum = 0;
		for (int rank = 1; rank <= size; rank++) {
			sum += 1.0 / rank;
			this.cumulative[rank - 1] = sum;
		}
		for (int i = 0; i < size; i++) {
			this.cumulative[i] /= sum;
		}
	}

	/** The word of a rank, 1 being the most frequent. */
	public String word(int rank) {
		return this.words[rank - 1];
	}

	public int size() {
		return this.words.length;
	}

	/** A word drawn with the Zipf law. */
	public String draw(Random random) {
		int at = Arrays.binarySearch(this.cumulative, random.nextDouble());
		return this.words[(at >= 0) ? at : Math.min(-at - 1, this.words.length - 1)];
	}

	List<String> campaign() {
		return new ArrayList<>(CAMPAIGN);
	}

	private static String madeUp(Random random) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + random.nextInt(3);
		for (int i = 0; i < syllables; i++) {
			word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
		}
		if (random.nextBoolean()) {
			word.append("n");
		}
		return word.toString();
	}

}
