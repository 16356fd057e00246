package org.claimtracker.utterance;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Whether two quotes by one speaker report the same words: how much of the shorter one's
 * spoken words the longer one holds in runs of at least two words in the same order. A
 * re-quote that drops a word, cuts the ends off or puts a bracketed word in keeps its
 * runs; a paraphrase keeps stray words but few runs. The threshold was set on the
 * project's test set of variant pairs (see {@code UtteranceMatchingTest}).
 */
public final class SameWords {

	/** The share of the shorter version's words that must be found in runs. */
	public static final double THRESHOLD = 0.8;

	/** A version shorter than this many words could be anyone's stock phrase. */
	public static final int SHORTEST = 4;

	private SameWords() {
	}

	/** Whether the texts are versions of one utterance. */
	public static boolean same(String one, String other) {
		return score(QuoteWords.spoken(one), QuoteWords.spoken(other)) >= THRESHOLD;
	}

	/**
	 * The share of the shorter word list found in runs in the longer, from 0 to 1; 0 when
	 * the shorter one has fewer than {@link #SHORTEST} words.
	 */
	public static double score(List<String> one, List<String> other) {
		List<String> shorter = (one.size() <= other.size()) ? one : other;
		List<String> longer = (shorter == one) ? other : one;
		if (shorter.size() < SHORTEST) {
			return 0;
		}
		int covered = 0;
		int from = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(shorter, longer).getDeltas()) {
			covered += run(delta.getSource().getPosition() - from);
			from = delta.getSource().getPosition() + delta.getSource().size();
		}
		covered += run(shorter.size() - from);
		return (double) covered / shorter.size();
	}

	/** Words found alone do not count: a paraphrase shares those. */
	private static int run(int length) {
		return (length >= 2) ? length : 0;
	}

}
