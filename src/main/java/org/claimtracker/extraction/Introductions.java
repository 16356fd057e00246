package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Finds who introduces a quotation that follows a comma or a colon: by a cue ("Ossoff
 * said,"), by a participle or a coordinated verb ("…, saying, “…”", "and declared, “…”",
 * "The email began, “…”", whose speaker is the sentence's subject), or by a name alone
 * before a colon ("— Dana Cho: “…”").
 */
final class Introductions {

	/** How many words before the comma or colon a verb of an introduction may stand. */
	private static final int VERB_REACH = 5;

	/** Words before a name that does a participle: "footage of", "with", "by". */
	private static final Set<String> DOER_BEFORE = Set.of("of", "with", "by", "from", "featuring", "shows", "showed",
			"showing");

	private Introductions() {
	}

	/** The attribution in {@code [from, end)} introducing what follows {@code end}. */
	static @Nullable Attribution of(List<Token> tokens, int from, int end, Predicate<String> known) {
		if (end <= from) {
			return null;
		}
		Attribution cued = Attributions.before(tokens, from, end);
		if (cued != null) {
			return cued;
		}
		if (end < tokens.size() && tokens.get(end).is(":")) {
			Mention name = nameBefore(tokens, from, end);
			if (name != null) {
				return new Attribution(name, "");
			}
		}
		for (int t = end - 1; t >= Math.max(from, end - VERB_REACH); t--) {
			Token token = tokens.get(t);
			if (token.isBreak() || token.isQuote()) {
				break;
			}
			boolean participle = token.lower().endsWith("ing") && token.lower().length() > 4 && !token.capitalized();
			if (participle) {
				Mention doer = doer(tokens, from, t);
				if (doer != null) {
					return new Attribution(doer, token.lower());
				}
			}
			boolean finite = Attributions.verb(token) && (!token.lower().endsWith("s")
					|| Words.CUES.contains(token.lower()) || (t > from && (tokens.get(t - 1).capitalized()
							|| Words.PRONOUNS.contains(tokens.get(t - 1).lower()))));
			if (participle || finite) {
				Mention subject = Subjects.of(tokens, from, end, known);
				return subject == null ? null : new Attribution(subject, token.lower());
			}
		}
		return null;
	}

	/**
	 * The name just before a participle, after a preposition: "footage of Mayor Ruiz
	 * asking", "with Sen. Ada Kline calling it".
	 */
	static @Nullable Mention doer(List<Token> tokens, int from, int participle) {
		if (participle == 0 || !tokens.get(participle - 1).isWord()) {
			return null;
		}
		for (int start = Math.max(from + 1, participle - 6); start < participle; start++) {
			if (DOER_BEFORE.contains(tokens.get(start - 1).lower())) {
				Mention mention = Phrases.parse(tokens, start, participle);
				if (mention != null && mention.type() == Mention.Type.NAME) {
					return mention;
				}
			}
		}
		return null;
	}

	/** A name that ends right before {@code end}: "Pollsters agree — Dana Cho:". */
	private static @Nullable Mention nameBefore(List<Token> tokens, int from, int end) {
		for (int start = Math.max(from, end - 6); start < end; start++) {
			if (start > from && !tokens.get(start - 1).isBreak()) {
				continue;
			}
			Mention mention = Phrases.parse(tokens, start, end);
			if (mention != null && mention.type() != Mention.Type.SOURCE) {
				return mention;
			}
		}
		return null;
	}

}
