package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Finds partial quotes: fragments in marks inside the writer's sentence that someone the
 * sentence names said ("Trump called it “a disaster”", "Ortiz called for more
 * “patience”", "…, saying they were “old news”"). Fragments with no one in the sentence
 * to have said them are scare quotes, titles or terms, and are left out.
 */
final class PartialQuotes {

	private static final Set<String> CUES = union(Words.CUES, Words.FRAGMENT_CUES);

	private static final Set<String> SPEAKING = Set.of("calling", "saying", "tweeting", "telling", "writing",
			"describing", "arguing", "insisting", "warning", "noting", "adding", "asking", "declaring", "labeling",
			"dubbing", "branding", "accusing", "urging", "praising", "blasting", "slamming", "mocking", "claiming",
			"suggesting", "promising", "vowing", "deriding", "denouncing", "dismissing");

	private PartialQuotes() {
	}

	/**
	 * A partial quote at {@code [start, end)} with its attribution and how sure it is.
	 */
	record Found(int start, int end, Attribution attribution, double confidence) {

	}

	/**
	 * The partial quotes among the quoted fragments (token indexes) of a sentence: the
	 * sentence from its speaker on, and each fragment after the first on its own (the
	 * words inside its marks), so that the editor can keep a later fragment as a quote of
	 * its own; less sure when no cue of its own introduces it, since the sentence's
	 * proposal already holds it.
	 */
	static List<Found> find(String body, List<Quoted> quotes, List<Token> tokens, List<Integer> fragments,
			Sentence sentence, Predicate<String> known) {
		List<Integer> speech = new ArrayList<>();
		for (int t : fragments) {
			if (!ScareQuotes.scare(body, quotes, tokens, t)) {
				speech.add(t);
			}
		}
		if (speech.isEmpty()) {
			return List.of();
		}
		int first = speech.get(0);
		int last = speech.get(speech.size() - 1);
		Attribution attribution = Attributions.lastCue(tokens, 0, first, CUES);
		int start = sentence.start();
		if (attribution != null) {
			start = attribution.mention().start();
		}
		else {
			attribution = Attributions.after(tokens, last + 1, tokens.size());
		}
		if (attribution == null) {
			attribution = according(tokens);
		}
		if (attribution == null) {
			attribution = participle(tokens, first);
		}
		if (attribution == null) {
			Mention subject = Subjects.of(tokens, 0, first, known);
			attribution = (subject == null) ? null : new Attribution(subject, "");
		}
		if (attribution == null) {
			return List.of();
		}
		List<Found> found = new ArrayList<>();
		found.add(new Found(start, end(body, tokens, fragments, first, sentence), attribution,
				attribution.cue().isEmpty() ? 0.6 : 0.7));
		int previous = first;
		for (int t : speech.subList(1, speech.size())) {
			Attribution own = Attributions.lastCue(tokens, previous + 1, t, CUES);
			attribution = (own != null) ? own : attribution;
			int[] words = quotes.get(tokens.get(t).quote()).words(body);
			found.add(new Found(words[0], words[1], attribution, (own != null) ? 0.7 : 0.45));
			previous = t;
		}
		return found;
	}

	/**
	 * Where the partial quote ends: the sentence's end, or, when a direct quotation
	 * follows in the same sentence, the phrase before it.
	 */
	private static int end(String body, List<Token> tokens, List<Integer> fragments, int first, Sentence sentence) {
		for (int q = first + 1; q < tokens.size(); q++) {
			if (tokens.get(q).isQuote() && !fragments.contains(q)) {
				int stop = q;
				for (int k = q - 1; k > first; k--) {
					if (tokens.get(k).isBreak()) {
						stop = k;
						break;
					}
				}
				return ContentClauses.lastWordEnd(tokens, stop);
			}
		}
		return trimEnd(body, sentence.start(), sentence.end());
	}

	/**
	 * A name doing a verb of speech in "-ing" before the fragment: "…, with Sen. Ames
	 * calling it “…”".
	 */
	private static @Nullable Attribution participle(List<Token> tokens, int first) {
		for (int t = first - 1; t > 0; t--) {
			if (SPEAKING.contains(tokens.get(t).lower())) {
				Mention doer = Introductions.doer(tokens, 0, t);
				return doer == null ? null : new Attribution(doer, tokens.get(t).lower());
			}
		}
		return null;
	}

	/** "according to X" anywhere in the sentence. */
	private static @Nullable Attribution according(List<Token> tokens) {
		for (int t = 0; t + 2 < tokens.size(); t++) {
			if (tokens.get(t).lower().equals("according") && tokens.get(t + 1).lower().equals("to")) {
				Mention source = Attributions.following(tokens, t + 2, tokens.size());
				return source == null ? null : new Attribution(source, "according to");
			}
		}
		return null;
	}

	private static int trimEnd(String body, int start, int end) {
		while (end > start && Words.space(body.charAt(end - 1))) {
			end--;
		}
		return end;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

}
