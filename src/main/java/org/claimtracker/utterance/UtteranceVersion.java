package org.claimtracker.utterance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtracker.quote.OwnWords;
import org.claimtracker.quote.QuoteKind;

/**
 * One quote as a version of its utterance: the speaker's words it reports and the day its
 * article reported them.
 */
record UtteranceVersion(long quoteId, QuoteKind kind, String exact, LocalDate reportedOn) {

	/** A version shorter than this share of the longest is not full. */
	static final double FULL = 0.8;

	/**
	 * The speaker's own words: all of a direct quote, the quoted fragments of a partial
	 * one (joined by an ellipsis, since the outlet's words stand between them).
	 */
	String words() {
		if (this.kind != QuoteKind.PARTIAL) {
			return this.exact;
		}
		String own = OwnWords.of(this.kind, this.exact)
			.stream()
			.filter(OwnWords.Part::own)
			.map(OwnWords.Part::text)
			.collect(Collectors.joining(" … "));
		return own.isBlank() ? this.exact : own;
	}

	/** Whether its words may join an utterance with other quotes: a paraphrase cannot. */
	boolean matchable() {
		return this.kind != QuoteKind.PARAPHRASE;
	}

	/**
	 * The versions in the order a page lists them: the reference first (the earliest full
	 * version: no ellipsis or bracket, and nearly as long as the longest), then the rest
	 * by date reported, the fullest first on a day.
	 */
	static List<UtteranceVersion> ordered(List<UtteranceVersion> versions) {
		int longest = versions.stream().mapToInt(UtteranceVersion::length).max().orElse(0);
		Comparator<UtteranceVersion> byDate = Comparator.comparing(UtteranceVersion::reportedOn)
			.thenComparing(Comparator.comparingInt(UtteranceVersion::length).reversed())
			.thenComparingLong(UtteranceVersion::quoteId);
		UtteranceVersion reference = versions.stream()
			.filter((v) -> v.full(longest))
			.min(byDate)
			.orElseGet(() -> versions.stream()
				.min(Comparator.comparingInt(UtteranceVersion::length).reversed().thenComparing(byDate))
				.orElseThrow());
		List<UtteranceVersion> ordered = new ArrayList<>();
		ordered.add(reference);
		versions.stream().filter((v) -> v != reference).sorted(byDate).forEach(ordered::add);
		return ordered;
	}

	private boolean full(int longest) {
		List<Word> words = QuoteWords.of(words());
		return !QuoteWords.elided(words) && !QuoteWords.bracketed(words) && words.size() >= FULL * longest;
	}

	private int length() {
		return QuoteWords.spoken(words()).size();
	}

}
