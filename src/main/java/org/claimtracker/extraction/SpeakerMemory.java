package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Who the reader of an article has in mind: the speakers and subjects of the current
 * paragraph and of the one before, for quotes and blocks that name no speaker of their
 * own.
 */
final class SpeakerMemory {

	private static final Set<String> FIRST_PERSON = Set.of("i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll",
			"i'll", "we", "we’re", "we're", "we’ve", "we've", "we’ll", "we'll", "my", "our", "me", "us");

	private final String body;

	private final Cast cast;

	/** The speaker of the last direct quote in the current paragraph. */
	private @Nullable Speaker lastInParagraph;

	/** The subject of the previous sentence in the current paragraph. */
	private @Nullable Mention previousSubject;

	/** Who a paragraph ending "X said:" announces. */
	private @Nullable Attribution announced;

	/** Who spoke the direct quote or block that ended the previous paragraph. */
	private @Nullable Speaker endedWith;

	/** The same two, for the paragraph before the current one. */
	private @Nullable Attribution announcedBefore;

	private @Nullable Speaker endedBefore;

	SpeakerMemory(String body, Cast cast) {
		this.body = body;
		this.cast = cast;
	}

	/** A new paragraph: what the current one held becomes what the one before held. */
	void nextParagraph() {
		this.announcedBefore = this.announced;
		this.endedBefore = this.endedWith;
		this.announced = null;
		this.endedWith = null;
		this.lastInParagraph = null;
		this.previousSubject = null;
	}

	/** Who the paragraph before announced with "X said:", if anyone. */
	@Nullable Attribution announcedBefore() {
		return this.announcedBefore;
	}

	void announced(@Nullable Attribution attribution) {
		this.announced = attribution;
	}

	void endedWith(Speaker speaker) {
		this.endedWith = speaker;
	}

	void spoke(Speaker speaker) {
		this.lastInParagraph = speaker;
	}

	/**
	 * Who speaks a paragraph without quote marks: whoever the paragraph before announced,
	 * or, when it speaks in the first person, whoever ended the paragraph before; else it
	 * is the writer's (null). A time stamp ("12:50 p.m."), a list item or a line of a few
	 * words is never a block quote.
	 */
	@Nullable Speaker blockSpeaker(int[] paragraph) {
		if (!prose(paragraph)) {
			return null;
		}
		if (this.announcedBefore != null) {
			return this.cast.speaker(this.body, this.announcedBefore.mention());
		}
		return (this.endedBefore != null && firstPerson(paragraph)) ? this.endedBefore : null;
	}

	/**
	 * A speaker for a direct quote with no attribution of its own, nearest first: the
	 * last speaker in the paragraph, one named at the start of the next sentence, the
	 * previous sentence's subject, then who the paragraph before announced or ended with.
	 * Whom the paragraph before was about is no guide on real news (as often wrong as
	 * right), and a wrong person is worse than none. The next sentence is read only when
	 * the paragraph has no speaker yet.
	 */
	@Nullable Guess unattributed(Supplier<@Nullable Attribution> nextSentence) {
		if (this.lastInParagraph != null) {
			return new Guess(this.lastInParagraph, "", 0.85);
		}
		Attribution next = nextSentence.get();
		if (next != null) {
			return new Guess(this.cast.speaker(this.body, next.mention()), next.cue(), 0.7);
		}
		if (this.previousSubject != null) {
			return new Guess(this.cast.speaker(this.body, this.previousSubject), "", 0.6);
		}
		if (this.announcedBefore != null) {
			return new Guess(this.cast.speaker(this.body, this.announcedBefore.mention()), this.announcedBefore.cue(),
					0.75);
		}
		if (this.endedBefore != null) {
			return new Guess(this.endedBefore, "", 0.55);
		}

		return null;
	}

	/** A speaker found in memory, with the cue that named them and how sure it is. */
	record Guess(Speaker speaker, String cue, double confidence) {

	}

	/** Names in the sentence: its subject comes into view, the others are remembered. */
	void remember(List<Token> tokens) {
		Mention subject = null;
		for (int t = 0; t < tokens.size(); t++) {
			if (!tokens.get(t).capitalized()) {
				continue;
			}
			int start = t;
			while (start > 0 && Phrases.isTitle(tokens.get(start - 1))) {
				start--;
			}
			int end = t;
			while (end < tokens.size() && !(end > t && Words.CUES.contains(tokens.get(end).lower()))
					&& (tokens.get(end).capitalized() || Phrases.isTitle(tokens.get(end))
							|| (end > t && Words.NAME_PARTICLES.contains(tokens.get(end).lower())))) {
				end++;
			}
			boolean promising = start < t || end - t > 1 || this.cast.isSurname(tokens.get(t).text());
			Mention mention = promising ? Phrases.parse(tokens, start, end) : null;
			t = end - 1;
			if (mention == null || mention.type() != Mention.Type.NAME || !looksLikePerson(mention, tokens, end)) {
				continue;
			}
			boolean isSubject = subject == null && !tokens.get(end - 1).possessive()
					&& (start == 0 || !Words.PREPOSITIONS.contains(tokens.get(start - 1).lower()));
			if (isSubject) {
				subject = mention;
			}
			this.cast.mentioned(mention, isSubject);
		}
		this.previousSubject = subject;
	}

	private boolean looksLikePerson(Mention mention, List<Token> tokens, int end) {
		if (!mention.titles().isEmpty() || mention.gender() != Mention.Gender.UNKNOWN) {
			return true;
		}
		if (!mention.name().contains(" ")) {
			return this.cast.isSurname(mention.name());
		}
		return end < tokens.size() && tokens.get(end).is("(");
	}

	/** Sentences of words: at least five of them, opening with a letter. */
	private boolean prose(int[] paragraph) {
		if (!Character.isLetter(this.body.charAt(paragraph[0]))) {
			return false;
		}
		int words = 0;
		boolean inWord = false;
		for (int i = paragraph[0]; i < paragraph[1] && words < 5; i++) {
			boolean letter = Character.isLetter(this.body.charAt(i));
			words += (letter && !inWord) ? 1 : 0;
			inWord = letter;
		}
		return words >= 5;
	}

	private boolean firstPerson(int[] paragraph) {
		for (Token token : Tokens.of(this.body, paragraph[0], paragraph[1], List.of(), 0)) {
			if (token.isWord() && FIRST_PERSON.contains(token.lower())
					&& (!token.lower().equals("us") || token.text().equals("us"))) {
				return true;
			}
		}
		return false;
	}

}
