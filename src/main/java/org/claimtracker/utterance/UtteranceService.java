package org.claimtracker.utterance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.claimtracker.common.StaleEditException;
import org.claimtracker.quote.QuoteView;
import org.claimtracker.quote.QuoteService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Utterances: every reported version of one act of speech, compared with the earliest
 * full one; editors split a quote off into an utterance of its own and merge two
 * utterances.
 */
@Service
public class UtteranceService {

	private final UtteranceRepository utterances;

	private final UtteranceRows rows;

	private final UtterancePlacement placement;

	private final QuoteService quotes;

	private final EntityManager entities;

	UtteranceService(UtteranceRepository utterances, UtteranceRows rows, UtterancePlacement placement,
			QuoteService quotes, EntityManager entities) {
		this.utterances = utterances;
		this.rows = rows;
		this.placement = placement;
		this.quotes = quotes;
		this.entities = entities;
	}

	/**
	 * The utterance with the versions the current request may see, each compared with the
	 * reference among them; not found when it has none.
	 */
	@Transactional(readOnly = true)
	public UtteranceView utterance(long id) {
		Utterance utterance = this.utterances.findById(id).orElseThrow(() -> new UtteranceNotFoundException(id));
		List<QuoteView> visible = this.quotes.inUtterance(id);
		if (visible.isEmpty()) {
			throw new UtteranceNotFoundException(id);
		}
		Map<Long, QuoteView> byId = visible.stream().collect(Collectors.toMap(QuoteView::id, Function.identity()));
		List<UtteranceVersion> ordered = UtteranceVersion.ordered(visible.stream()
			.map((q) -> new UtteranceVersion(q.id(), q.kind(), q.exact(), q.publishedOn()))
			.toList());
		String reference = ordered.get(0).words();
		List<VersionView> versions = new ArrayList<>();
		for (UtteranceVersion version : ordered) {
			boolean isReference = versions.isEmpty();
			Comparison comparison = isReference ? Comparison.same(reference)
					: Comparison.of(reference, version.words());
			versions.add(new VersionView(byId.get(version.quoteId()), isReference, comparison.pieces(),
					comparison.alterations(), comparison.altered()));
		}
		QuoteView first = versions.get(0).quote();
		return new UtteranceView(id, utterance.getVersion(), first.speakerId(), first.speaker(), first.party(),
				List.copyOf(versions));
	}

	/**
	 * Takes a quote out of its utterance into one of its own, from the version of the
	 * utterance the editor saw; answers the new utterance. A quote alone already stays.
	 */
	@Transactional
	public long split(long utteranceId, int version, long quoteId) {
		Utterance utterance = current(utteranceId, version);
		UtteranceRows.Row quote = this.rows.row(quoteId);
		if (quote.utteranceId() != utteranceId) {
			throw new NotAVersionException(quoteId, utteranceId);
		}
		if (this.rows.count(utteranceId) == 1) {
			return utteranceId;
		}
		long alone = this.placement.start(quote.speakerId());
		this.placement.moveRecorded(quoteId, utteranceId, alone);
		this.rows.refreshAltered(utteranceId);
		this.entities.lock(utterance, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return alone;
	}

	/**
	 * Moves every version of another utterance by the same speaker into this one, from
	 * the versions of both the editor saw; the other utterance goes.
	 */
	@Transactional
	public void merge(long utteranceId, int version, long otherId, @Nullable Integer otherVersion) {
		if (utteranceId == otherId) {
			throw new MergeRefusedException("utterance.merge.itself");
		}
		Utterance kept = current(utteranceId, version);
		Utterance other = this.utterances.findById(otherId).orElseThrow(() -> new UtteranceNotFoundException(otherId));
		if (otherVersion != null && other.getVersion() != otherVersion) {
			throw new StaleEditException("utterance", otherId);
		}
		if (!Objects.equals(kept.getSpeaker().getId(), other.getSpeaker().getId())) {
			throw new MergeRefusedException("utterance.merge.otherSpeaker");
		}
		for (UtteranceVersion moved : this.rows.versions(otherId)) {
			this.quotes.find(moved.quoteId()).placeIn(utteranceId);
		}
		this.entities.flush();
		this.utterances.delete(other);
		this.rows.refreshAltered(utteranceId);
		this.entities.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	/** The utterance as the editor saw it; refused when it changed since. */
	private Utterance current(long id, int version) {
		Utterance utterance = this.utterances.findById(id).orElseThrow(() -> new UtteranceNotFoundException(id));
		if (utterance.getVersion() != version) {
			throw new StaleEditException("utterance", id);
		}
		return utterance;
	}

}
