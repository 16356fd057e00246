package org.claimtracker.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.Citation;
import org.claimtracker.quote.OwnWords;
import org.claimtracker.quote.QuoteKind;
import org.jspecify.annotations.Nullable;

/**
 * One quote found: its words with the matches marked, who said it, where and when, and
 * its claims; {@code draft} when readers cannot see it yet (the quote or its article is a
 * draft), which only signed-in editors find.
 */
public record QuoteHit(long id, String text, List<Snippet.Part> snippet, QuoteKind kind, long speakerId, String speaker,
		@Nullable String party, long articleId, String articleTitle, long outletId, String outlet,
		@Nullable String byline, LocalDate publishedOn, String articleUrl, @Nullable LocalDate saidOn,
		List<ClaimStance> claims, boolean draft, @Nullable Long utteranceId, boolean altered) {

	/** A hit not yet placed in an utterance. */
	public QuoteHit(long id, String text, List<Snippet.Part> snippet, QuoteKind kind, long speakerId, String speaker,
			@Nullable String party, long articleId, String articleTitle, long outletId, String outlet,
			@Nullable String byline, LocalDate publishedOn, String articleUrl, @Nullable LocalDate saidOn,
			List<ClaimStance> claims, boolean draft) {
		this(id, text, snippet, kind, speakerId, speaker, party, articleId, articleTitle, outletId, outlet, byline,
				publishedOn, articleUrl, saidOn, claims, draft, null, false);
	}

	/** A claim the quote bears on, and how. */
	public record ClaimStance(long id, String statement, Stance stance) {

	}

	/**
	 * A run of the snippet, its matches marked; {@code own} when the words are the
	 * speaker's own in a partial quote (see {@link OwnWords}).
	 */
	public record Run(boolean own, List<Snippet.Part> parts) {

	}

	/** The date the words count as said: their own, or else the article's. */
	public LocalDate datedOn() {
		return (this.saidOn != null) ? this.saidOn : this.publishedOn;
	}

	/** The quote's citation (see {@link Citation}). */
	public Citation citation() {
		return new Citation(this.id, this.kind, this.speaker, this.byline, this.articleTitle, this.outlet,
				this.publishedOn, this.articleUrl);
	}

	/**
	 * The snippet in runs of the speaker's own words and the outlet's, each with its
	 * matches: a partial quote's words in quotation marks are marked, and matches within
	 * them too. A direct quote or a paraphrase is one run.
	 */
	public List<Run> words() {
		if (this.kind != QuoteKind.PARTIAL) {
			return List.of(new Run(false, this.snippet));
		}
		StringBuilder shown = new StringBuilder();
		this.snippet.forEach((part) -> shown.append(part.text()));
		List<Run> runs = new ArrayList<>();
		int at = 0;
		for (OwnWords.Part words : OwnWords.parts(shown.toString(), ownIn(shown.toString()))) {
			runs.add(new Run(words.own(), within(at, at + words.text().length())));
			at += words.text().length();
		}
		return runs;
	}

	/** The snippet's parts between two offsets of its text, cut there. */
	private List<Snippet.Part> within(int from, int to) {
		List<Snippet.Part> parts = new ArrayList<>();
		int at = 0;
		for (Snippet.Part part : this.snippet) {
			int start = Math.max(from, at);
			int end = Math.min(to, at + part.text().length());
			if (start < end) {
				parts.add(new Snippet.Part(part.text().substring(start - at, end - at), part.marked()));
			}
			at += part.text().length();
		}
		return parts;
	}

	/**
	 * The own words of a partial quote within its snippet. The snippet is a run of the
	 * text, with "… " before or " …" after when it leaves some out: its quotation marks
	 * are read in the whole text, where each is seen to open or close.
	 */
	private List<int[]> ownIn(String shown) {
		String run = shown.startsWith("… ") ? shown.substring(2) : shown;
		run = run.endsWith(" …") ? run.substring(0, run.length() - 2) : run;
		int at = this.text.indexOf(run);
		if (run.isEmpty() || at < 0) {
			return OwnWords.spans(shown);
		}
		int offset = shown.indexOf(run) - at;
		List<int[]> spans = new ArrayList<>();
		for (int[] span : OwnWords.spans(this.text)) {
			int start = Math.max(span[0], at);
			int end = Math.min(span[1], at + run.length());
			if (start < end) {
				spans.add(new int[] { start + offset, end + offset });
			}
		}
		return spans;
	}

}
