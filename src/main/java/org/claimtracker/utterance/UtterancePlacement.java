package org.claimtracker.utterance;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.claimtracker.person.PersonService;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteDeleting;
import org.claimtracker.quote.QuoteService;
import org.claimtracker.quote.QuoteWordsChanged;
import org.claimtracker.utterance.UtteranceRows.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Places a quote in its utterance whenever its words or speaker are saved, in the same
 * transaction: it joins the utterance of the speaker's quote that repeats it most
 * closely, or has one of its own.
 */
@Component
class UtterancePlacement {

	private final UtteranceRows rows;

	private final UtteranceRepository utterances;

	private final QuoteService quotes;

	private final PersonService people;

	private final EntityManager entities;

	private final ApplicationEventPublisher events;

	UtterancePlacement(UtteranceRows rows, UtteranceRepository utterances, QuoteService quotes, PersonService people,
			EntityManager entities, ApplicationEventPublisher events) {
		this.rows = rows;
		this.utterances = utterances;
		this.quotes = quotes;
		this.people = people;
		this.entities = entities;
		this.events = events;
	}

	/** Left behind by a quote: to be tidied once the transaction's changes are in. */
	record Left(long utteranceId) {

	}

	@EventListener
	void on(QuoteWordsChanged event) {
		place(event.quoteId());
	}

	@EventListener
	void on(QuoteDeleting event) {
		this.events.publishEvent(new Left(this.rows.row(event.quoteId()).utteranceId()));
	}

	/**
	 * An utterance a deleted quote leaves is removed if empty, and flagged anew if not.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void tidy(Left left) {
		this.entities.flush();
		tidy(left.utteranceId());
	}

	/** Places the quote; answers the utterance it is in now. */
	long place(long quoteId) {
		this.entities.flush();
		Row quote = this.rows.row(quoteId);
		Row match = quote.version().matchable() ? closest(quote, this.rows.candidates(quote)) : null;
		long target;
		if (match != null) {
			target = match.utteranceId();
		}
		else if (this.rows.count(quote.utteranceId()) == 1
				&& this.rows.speakerOf(quote.utteranceId()) == quote.speakerId()) {
			target = quote.utteranceId();
		}
		else {
			target = start(quote.speakerId());
		}
		move(quoteId, quote.utteranceId(), target);
		return target;
	}

	/**
	 * The candidate that repeats the quote most closely, if any repeats it closely
	 * enough.
	 */
	static @Nullable Row closest(Row quote, List<Row> candidates) {
		List<String> words = QuoteWords.spoken(quote.version().words());
		Row best = null;
		double bestScore = SameWords.THRESHOLD;
		for (Row candidate : candidates) {
			double score = SameWords.score(words, QuoteWords.spoken(candidate.version().words()));
			if (score >= bestScore && (best == null || score > bestScore)) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	/** Starts an utterance of the speaker's, as yet without versions. */
	long start(long speakerId) {
		return this.utterances.save(new Utterance(this.people.find(speakerId))).getId();
	}

	/**
	 * Moves the quote as placement does, in the table: a quote is placed as it is saved,
	 * and that is no edit of it, so its version and history stay as the save left them.
	 */
	void move(long quoteId, long from, long to) {
		if (from != to) {
			this.rows.moveQuote(quoteId, to);
			tidy(from);
		}
		this.rows.refreshAltered(to);
	}

	/**
	 * Moves the quote as an editor does, through its entity: its history keeps the move
	 * and its version counts it.
	 */
	void moveRecorded(long quoteId, long from, long to) {
		Quote quote = this.quotes.find(quoteId);
		quote.placeIn(to);
		this.entities.flush();
		if (from != to) {
			tidy(from);
		}
		this.rows.refreshAltered(to);
	}

	private void tidy(long utteranceId) {
		if (this.rows.count(utteranceId) == 0) {
			this.utterances.findById(utteranceId).ifPresent(this.utterances::delete);
			this.entities.flush();
		}
		else {
			this.rows.refreshAltered(utteranceId);
		}
	}

}
