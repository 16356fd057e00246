package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads one article paragraph by paragraph and sentence by sentence, proposing its quotes
 * in order; {@link SpeakerMemory} keeps who it has in mind for quotes that name no one.
 */
final class ArticleReader {

	private final String body;

	private final List<Quoted> quotes;

	private final List<int[]> paragraphs;

	private final List<Sentence> sentences;

	private final Cast cast;

	private final SpeakerMemory memory;

	private final List<Proposal> proposals = new ArrayList<>();

	ArticleReader(String body, List<KnownPerson> known) {
		this.body = body;
		this.quotes = QuoteMarks.find(body);
		this.paragraphs = Sentences.paragraphs(body);
		this.sentences = Sentences.split(body, this.paragraphs, this.quotes);
		this.cast = new Cast(known);
		this.memory = new SpeakerMemory(body, this.cast);
	}

	List<Proposal> read() {
		int s = 0;
		for (int p = 0; p < this.paragraphs.size(); p++) {
			int[] paragraph = this.paragraphs.get(p);
			if (s >= this.sentences.size() || this.sentences.get(s).start() >= paragraph[1]) {
				continue;
			}
			this.memory.nextParagraph();
			Attribution announcedBefore = this.memory.announcedBefore();
			Speaker block = hasMarks(paragraph) ? null : this.memory.blockSpeaker(paragraph);
			if (block != null) {
				propose(paragraph[0], paragraph[1], Kind.DIRECT, true, block,
						announcedBefore != null ? announcedBefore.cue() : "", announcedBefore != null ? 0.8 : 0.55);
				this.memory.endedWith(block);
				while (s < this.sentences.size() && this.sentences.get(s).start() < paragraph[1]) {
					s++;
				}
				continue;
			}
			Sentence last = null;
			int before = this.proposals.size();
			while (s < this.sentences.size() && this.sentences.get(s).start() < paragraph[1]) {
				last = this.sentences.get(s);
				read(last, s);
				s++;
			}
			if (last != null) {
				afterParagraph(last, before);
			}
		}
		this.proposals.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return this.proposals;
	}

	private void afterParagraph(Sentence last, int before) {
		String text = this.body.substring(last.start(), last.end()).strip();
		if (text.endsWith(":")) {
			List<Token> tokens = tokens(last);
			this.memory.announced(Introductions.of(tokens, 0, tokens.size() - 1, this.cast::known));
			return;
		}
		for (int i = this.proposals.size() - 1; i >= before; i--) {
			Proposal proposal = this.proposals.get(i);
			if (proposal.kind() == Kind.DIRECT && proposal.end() >= last.start() && proposal.speaker().isKnown()) {
				this.memory.endedWith(proposal.speaker());
				return;
			}
		}
	}

	private void read(Sentence sentence, int index) {
		List<Token> tokens = tokens(sentence);
		Mention subject = quotes(tokens) ? Subjects.of(tokens, 0, tokens.size(), this.cast::known) : null;
		if (subject != null && subject.type() == Mention.Type.NAME) {
			// "Ames condemned what he called …": the sentence's subject is who "he" is
			this.cast.mentioned(subject, true);
		}
		int before = this.proposals.size();
		List<Integer> fragments = new ArrayList<>();
		for (int t = 0; t < tokens.size(); t++) {
			Token token = tokens.get(t);
			if (!token.isQuote()) {
				continue;
			}
			Quoted quoted = this.quotes.get(token.quote());
			int[] span = quoted.words(this.body);
			if (span[0] >= span[1]) {
				continue;
			}
			boolean initial = t == 0 || tokens.get(t - 1).isQuote();
			Attribution intro = null;
			if (!initial && (tokens.get(t - 1).is(",") || tokens.get(t - 1).is(":"))) {
				intro = Introductions.of(tokens, previousQuote(tokens, t) + 1, t - 1, this.cast::known);
			}
			if (initial || intro != null || tokens.get(t - 1).is(":")) {
				Attribution attribution = intro;
				if (initial) {
					attribution = Attributions.after(tokens, t + 1, nextQuote(tokens, t));
					attribution = attribution != null ? attribution
							: Attributions.loose(tokens, t + 1, nextQuote(tokens, t));
					if (attribution == null && ScareQuotes.titleCase(this.body, quoted)) {
						continue;
					}
				}
				direct(span, attribution, sentence, index);
			}
			else {
				fragments.add(t);
			}
		}
		if (!fragments.isEmpty()) {
			partial(tokens, fragments, sentence);
		}
		if (this.proposals.size() == before) {
			reported(tokens, sentence);
		}
		this.memory.remember(tokens);
	}

	private void direct(int[] span, @Nullable Attribution attribution, Sentence sentence, int index) {
		Speaker speaker = null;
		double confidence = 0.95;
		String cue = "";
		if (attribution != null) {
			speaker = this.cast.speaker(this.body, attribution.mention());
			cue = attribution.cue();
		}
		else {
			SpeakerMemory.Guess guess = this.memory.unattributed(() -> nextSentence(sentence, index));
			if (guess != null) {
				speaker = guess.speaker();
				cue = guess.cue();
				confidence = guess.confidence();
			}
		}
		if (speaker == null) {
			if (wordCount(span) < 4) {
				return;
			}
			speaker = Speaker.unknown();
			confidence = 0.3;
		}
		propose(span[0], span[1], Kind.DIRECT, false, speaker, cue, confidence);
		this.memory.spoke(speaker);
	}

	/**
	 * The attribution opening the next sentence of the same paragraph ("Cho said it
	 * twice.", "Ames demanded."), or a name signing the quote from the next line ("―
	 * Marta Quiroga").
	 */
	private @Nullable Attribution nextSentence(Sentence sentence, int index) {
		if (index + 1 >= this.sentences.size()) {
			return null;
		}
		Sentence next = this.sentences.get(index + 1);
		List<Token> tokens = tokens(next);
		if (next.paragraph() != sentence.paragraph()) {
			boolean signed = !tokens.isEmpty() && tokens.get(0).isBreak() && tokens.size() <= 8;
			return signed ? Attributions.loose(tokens, 0, tokens.size()) : null;
		}
		Attribution attribution = Attributions.after(tokens, 0, Math.min(tokens.size(), 8));
		if (attribution == null && tokens.size() <= 5) {
			attribution = Attributions.loose(tokens, 0, tokens.size());
			attribution = (attribution != null && !attribution.cue().isEmpty()) ? attribution : null;
		}
		return (attribution != null && attribution.mention().type() == Mention.Type.NAME) ? attribution : null;
	}

	/** Quoted fragments in the writer's sentence that its speaker says. */
	private void partial(List<Token> tokens, List<Integer> fragments, Sentence sentence) {
		for (PartialQuotes.Found found : PartialQuotes.find(this.body, this.quotes, tokens, fragments, sentence,
				this.cast::known)) {
			Attribution attribution = found.attribution();
			propose(found.start(), found.end(), Kind.PARTIAL, false,
					this.cast.speaker(this.body, attribution.mention()), attribution.cue(), found.confidence());
		}
	}

	/**
	 * Reported speech: a cue with a speaker and a content clause ("Ossoff said he opposed
	 * …").
	 */
	private void reported(List<Token> tokens, Sentence sentence) {
		if (tokens.size() > 3 && tokens.get(0).lower().equals("according") && tokens.get(1).lower().equals("to")) {
			Mention source = Attributions.following(tokens, 2, tokens.size());
			if (source != null) {
				propose(sentence.start(), ContentClauses.lastWordEnd(tokens, tokens.size()), Kind.PARAPHRASE, false,
						this.cast.speaker(this.body, source), "according to", 0.6);
			}
			return;
		}
		int clause = 0;
		for (int t = 0; t < tokens.size(); t++) {
			Token token = tokens.get(t);
			if (token.lower().equals("according") && t + 2 < tokens.size() && tokens.get(t + 1).lower().equals("to")
					&& t > 0 && tokens.get(t - 1).is(",")) {
				Mention source = Attributions.following(tokens, t + 2, tokens.size());
				if (source != null) {
					propose(sentence.start(), ContentClauses.lastWordEnd(tokens, t - 1), Kind.PARAPHRASE, false,
							this.cast.speaker(this.body, source), "according to", 0.6);
				}
				return;
			}
			if (!Attributions.isCue(tokens, t, Words.REPORTING)) {
				continue;
			}
			Mention subject = Attributions.subject(tokens, clause, t);
			int content = (subject == null) ? -1 : ContentClauses.contentStart(tokens, t);
			if (content < 0) {
				continue;
			}
			int stop = ContentClauses.contentEnd(tokens, content);
			propose(subject.start(), ContentClauses.lastWordEnd(tokens, stop), Kind.PARAPHRASE, false,
					this.cast.speaker(this.body, subject), token.lower(), 0.6);
			clause = stop;
			t = stop;
		}
	}

	private void propose(int start, int end, Kind kind, boolean block, Speaker speaker, String cue, double confidence) {
		if (start < end) {
			this.proposals
				.add(new Proposal(start, end, this.body.substring(start, end), kind, block, speaker, cue, confidence));
		}
	}

	private List<Token> tokens(Sentence sentence) {
		return Tokens.of(this.body, sentence.start(), sentence.end(), this.quotes, sentence.firstQuote());
	}

	private int wordCount(int[] span) {
		int words = 0;
		boolean inWord = false;
		for (int i = span[0]; i < span[1]; i++) {
			boolean letter = Character.isLetterOrDigit(this.body.charAt(i));
			if (letter && !inWord) {
				words++;
			}
			inWord = letter;
		}
		return words;
	}

	private boolean hasMarks(int[] paragraph) {
		for (int i = paragraph[0]; i < paragraph[1]; i++) {
			char c = this.body.charAt(i);
			if (c == '“' || c == '”' || c == '"' || c == '„' || c == '«' || c == '»'
					|| (c == '\'' && i + 1 < paragraph[1] && this.body.charAt(i + 1) == '\'')) {
				return true;
			}
		}
		return false;
	}

	private static boolean quotes(List<Token> tokens) {
		for (Token token : tokens) {
			if (token.isQuote()) {
				return true;
			}
		}
		return false;
	}

	private static int previousQuote(List<Token> tokens, int t) {
		for (int k = t - 1; k >= 0; k--) {
			if (tokens.get(k).isQuote()) {
				return k;
			}
		}
		return -1;
	}

	private static int nextQuote(List<Token> tokens, int t) {
		for (int k = t + 1; k < tokens.size(); k++) {
			if (tokens.get(k).isQuote()) {
				return k;
			}
		}
		return tokens.size();
	}

}
