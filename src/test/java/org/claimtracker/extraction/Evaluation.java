package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.extraction.GoldArticle.GoldQuote;

/**
 * Scores the extractor on gold articles: precision, recall and F1 of spans per kind,
 * counting a proposal right when its span is exactly the gold span, or (leniently) when
 * it overlaps it; speaker accuracy over the gold quotes that a proposal overlaps; and
 * scare quotes proposed as speech.
 */
final class Evaluation {

	/** Counts for one kind. */
	static final class Score {

		int gold;

		int proposed;

		int exact;

		int overlapping;

		double precision(boolean exactly) {
			return this.proposed == 0 ? 1 : (double) (exactly ? this.exact : this.overlapping) / this.proposed;
		}

		double recall(boolean exactly) {
			return this.gold == 0 ? 1 : (double) (exactly ? this.exact : this.overlapping) / this.gold;
		}

		double f1(boolean exactly) {
			double p = precision(exactly);
			double r = recall(exactly);
			return (p + r == 0) ? 0 : 2 * p * r / (p + r);
		}

	}

	final Map<Kind, Score> scores = new EnumMap<>(Kind.class);

	int speakersChecked;

	int speakersRight;

	int scareProposed;

	final List<String> errors = new ArrayList<>();

	private Evaluation() {
		for (Kind kind : Kind.values()) {
			this.scores.put(kind, new Score());
		}
	}

	static Evaluation of(List<GoldArticle> articles) {
		Evaluation evaluation = new Evaluation();
		for (GoldArticle article : articles) {
			evaluation.add(article, QuoteExtractor.extract(article.body(), article.known()));
		}
		return evaluation;
	}

	private void add(GoldArticle article, List<Proposal> proposals) {
		for (Kind kind : Kind.values()) {
			Score score = this.scores.get(kind);
			List<GoldQuote> gold = article.quotes().stream().filter((q) -> q.kind() == kind).toList();
			List<Proposal> proposed = proposals.stream().filter((p) -> p.kind() == kind).toList();
			score.gold += gold.size();
			score.proposed += proposed.size();
			boolean[] used = new boolean[proposed.size()];
			for (GoldQuote quote : gold) {
				int match = -1;
				for (int i = 0; i < proposed.size(); i++) {
					Proposal p = proposed.get(i);
					if (!used[i] && p.start() < quote.end() && quote.start() < p.end()
							&& (match < 0 || (p.start() == quote.start() && p.end() == quote.end()))) {
						match = i;
					}
				}
				if (match < 0) {
					this.errors
						.add(article.name() + ": missed " + kind + " " + excerpt(article, quote.start(), quote.end()));
					continue;
				}
				used[match] = true;
				score.overlapping++;
				Proposal p = proposed.get(match);
				if (p.start() == quote.start() && p.end() == quote.end()) {
					score.exact++;
				}
				else {
					this.errors.add(article.name() + ": span " + kind + " " + excerpt(article, p.start(), p.end())
							+ " expected " + excerpt(article, quote.start(), quote.end()));
				}
			}
			for (int i = 0; i < proposed.size(); i++) {
				if (!used[i]) {
					Proposal p = proposed.get(i);
					this.errors.add(article.name() + ": extra " + kind + " " + excerpt(article, p.start(), p.end())
							+ " by " + p.speaker());
				}
			}
		}
		for (GoldQuote quote : article.quotes()) {
			Proposal p = proposals.stream()
				.filter((x) -> x.start() < quote.end() && quote.start() < x.end())
				.findFirst()
				.orElse(null);
			if (p != null) {
				this.speakersChecked++;
				if (sameSpeaker(quote.speaker(), p.speaker())) {
					this.speakersRight++;
				}
				else {
					this.errors.add(article.name() + ": speaker " + p.speaker() + " expected " + quote.speaker()
							+ " for " + excerpt(article, quote.start(), quote.end()));
				}
			}
		}
		for (int[] scare : article.scare()) {
			for (Proposal p : proposals) {
				if (p.start() < scare[1] && scare[0] < p.end()) {
					this.scareProposed++;
					this.errors.add(article.name() + ": scare quote proposed " + excerpt(article, scare[0], scare[1]));
				}
			}
		}
	}

	static boolean sameSpeaker(String expected, Speaker speaker) {
		if (expected.equals("?")) {
			return speaker.unnamed();
		}
		return speaker.name() != null && speaker.name().equalsIgnoreCase(expected);
	}

	double speakerAccuracy() {
		return this.speakersChecked == 0 ? 1 : (double) this.speakersRight / this.speakersChecked;
	}

	String report(String title) {
		StringBuilder out = new StringBuilder(title).append('\n');
		out.append(String.format(Locale.ROOT, "%-11s %5s %5s | %-17s | %-17s%n", "kind", "gold", "prop",
				"exact  P    R    F1", "overlap P    R    F1"));
		for (Kind kind : Kind.values()) {
			Score s = this.scores.get(kind);
			out.append(String.format(Locale.ROOT, "%-11s %5d %5d | %.2f %.2f %.2f    | %.2f %.2f %.2f%n", kind, s.gold,
					s.proposed, s.precision(true), s.recall(true), s.f1(true), s.precision(false), s.recall(false),
					s.f1(false)));
		}
		out.append(String.format(Locale.ROOT, "speaker accuracy %.2f (%d/%d); scare quotes proposed: %d%n",
				speakerAccuracy(), this.speakersRight, this.speakersChecked, this.scareProposed));
		return out.toString();
	}

	private static String excerpt(GoldArticle article, int start, int end) {
		String text = article.body().substring(start, end).replace('\n', ' ');
		return "[" + start + "," + end + ") \"" + (text.length() > 70 ? text.substring(0, 67) + "..." : text) + "\"";
	}

}
