package org.claimtracker.utterance;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * A version compared word by word with the reference version of its utterance: the pieces
 * to show and the alterations to flag. Case, quotation marks and punctuation are not
 * differences; words the outlet put in brackets are.
 */
public record Comparison(List<Piece> pieces, List<Alteration> alterations) {

	/** Whether any difference changes what was said, as opposed to cutting it short. */
	public boolean altered() {
		return this.alterations.stream().anyMatch(Alteration::altering);
	}

	/** The reference itself: nothing differs. */
	public static Comparison same(String text) {
		List<Piece> pieces = new ArrayList<>();
		for (Word word : QuoteWords.of(text)) {
			if (word.afterEllipsis() && !pieces.isEmpty()) {
				pieces.add(new Piece(Piece.Type.ELLIPSIS, "…"));
			}
			pieces.add(new Piece(Piece.Type.SAME, word.text()));
		}
		return new Comparison(join(pieces), List.of());
	}

	/** How the version differs from the reference. */
	public static Comparison of(String reference, String version) {
		List<Word> ref = QuoteWords.of(reference).stream().filter((w) -> !w.bracketed()).toList();
		List<Word> ver = QuoteWords.of(version);
		List<Piece> pieces = new ArrayList<>();
		List<Alteration> alterations = new ArrayList<>();
		int verAt = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(norms(ref), norms(ver)).getDeltas()) {
			int from = delta.getSource().getPosition();
			int to = from + delta.getSource().size();
			int verFrom = delta.getTarget().getPosition();
			int verTo = verFrom + delta.getTarget().size();
			same(ver, verAt, verFrom, pieces);
			String removed = text(ref, from, to);
			String added = text(ver, verFrom, verTo);
			if (delta.getType() == DeltaType.DELETE) {
				deleted(ref, ver, from, to, verFrom, removed, pieces, alterations);
			}
			else if (delta.getType() == DeltaType.INSERT) {
				pieces.add(new Piece(Piece.Type.ADDED, added));
				alterations.add(new Alteration(Alteration.Kind.INSERTION, from, to, "", added,
						anyContent(ver.subList(verFrom, verTo))));
			}
			else {
				pieces.add(new Piece(Piece.Type.LEFT_OUT, removed));
				pieces.add(new Piece(Piece.Type.ADDED, added));
				alterations.add(new Alteration(Alteration.Kind.SUBSTITUTION, from, to, removed, added, true));
			}
			verAt = verTo;
		}
		same(ver, verAt, ver.size(), pieces);
		return new Comparison(join(pieces), List.copyOf(alterations));
	}

	private static void deleted(List<Word> ref, List<Word> ver, int from, int to, int verFrom, String removed,
			List<Piece> pieces, List<Alteration> alterations) {
		boolean content = anyContent(ref.subList(from, to));
		if (verFrom == 0 && from == 0) {
			pieces.add(new Piece(Piece.Type.CUT, removed));
			alterations.add(new Alteration(Alteration.Kind.TRUNCATED_START, from, to, removed, "", false));
		}
		else if (verFrom == ver.size() && to == ref.size()) {
			pieces.add(new Piece(Piece.Type.CUT, removed));
			alterations.add(new Alteration(Alteration.Kind.TRUNCATED_END, from, to, removed, "", false));
		}
		else if (ver.get(verFrom).afterEllipsis()) {
			pieces.add(new Piece(Piece.Type.LEFT_OUT, removed));
			alterations.add(new Alteration(Alteration.Kind.ELLIPSIS, from, to, removed, "", content));
		}
		else {
			pieces.add(new Piece(Piece.Type.LEFT_OUT, removed));
			alterations.add(new Alteration(Alteration.Kind.OMISSION, from, to, removed, "", content));
		}
	}

	/** The version's own words from one position to another, its ellipses shown. */
	private static void same(List<Word> ver, int from, int to, List<Piece> pieces) {
		for (int i = from; i < to; i++) {
			if (ver.get(i).afterEllipsis() && !pieces.isEmpty()) {
				pieces.add(new Piece(Piece.Type.ELLIPSIS, "…"));
			}
			pieces.add(new Piece(Piece.Type.SAME, ver.get(i).text()));
		}
	}

	private static boolean anyContent(List<Word> words) {
		return words.stream().anyMatch((w) -> !StopWords.contains(w.norm()));
	}

	private static List<String> norms(List<Word> words) {
		return words.stream().map(Word::norm).toList();
	}

	/** Words as printed, brackets put back around the outlet's own. */
	private static String text(List<Word> words, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			Word w = words.get(i);
			boolean opens = w.bracketed() && (i == from || !words.get(i - 1).bracketed());
			boolean closes = w.bracketed() && (i == to - 1 || !words.get(i + 1).bracketed());
			text.append((i > from) ? " " : "").append(opens ? "[" : "").append(w.text()).append(closes ? "]" : "");
		}
		return text.toString();
	}

	/** Neighbouring pieces of one type read as one run. */
	private static List<Piece> join(List<Piece> pieces) {
		List<Piece> joined = new ArrayList<>();
		for (Piece piece : pieces) {
			Piece last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.type() == piece.type() && piece.type() != Piece.Type.ELLIPSIS) {
				joined.set(joined.size() - 1, new Piece(piece.type(), last.text() + " " + piece.text()));
			}
			else {
				joined.add(piece);
			}
		}
		return List.copyOf(joined);
	}

}
