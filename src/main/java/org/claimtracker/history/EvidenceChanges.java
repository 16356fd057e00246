package org.claimtracker.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.claimtracker.claim.Evidence;
import org.claimtracker.quote.Quote;
import org.claimtracker.quote.QuoteService;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The changes to a claim's evidence, for the claim's history: each quote linked, each
 * link's stance, rationale or status changed, each link removed, with the quote's words
 * as they were then. Three queries however long the history: the links' versions, their
 * quotes' versions, and which quotes still have a page.
 */
@Component
class EvidenceChanges {

	private final QuoteService quotes;

	EvidenceChanges(QuoteService quotes) {
		this.quotes = quotes;
	}

	/** The changes in the order they were made, links of one revision by id. */
	List<Change> ofClaim(AuditReader history, long claimId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = history.createQuery()
			.forRevisionsOfEntity(Evidence.class, false, true)
			.add(AuditEntity.relatedId("claim").eq(claimId))
			.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<Long> quoteIds = rows.stream()
			.map((row) -> ((Evidence) row[0]).getQuote().getId())
			.collect(Collectors.toSet());
		Map<Long, NavigableMap<Long, String>> words = words(history, quoteIds);
		Set<Long> withPages = this.quotes.withPages(quoteIds);
		List<Change> changes = new ArrayList<>();
		Map<Long, Map<String, String>> before = new HashMap<>();
		for (Object[] row : rows) {
			Evidence link = (Evidence) row[0];
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			long quote = link.getQuote().getId();
			// a removed link is shown as it was when removed, its fields taken out
			Map<String, String> after = (type == RevisionType.DEL) ? Map.of() : HistoryService.judgement(link);
			Map.Entry<Long, String> then = words.getOrDefault(quote, Collections.emptyNavigableMap())
				.floorEntry(revision.getId());
			// a quote written without history (straight into the table) goes by its
			// number
			Change.Evidence evidence = new Change.Evidence(link.getId(), quote,
					(then != null) ? then.getValue() : "#" + quote, withPages.contains(quote));
			changes.add(Change.of(revision, type, evidence,
					HistoryService.diff(before.getOrDefault(link.getId(), Map.of()), after)));
			before.put(link.getId(), after);
		}
		return changes;
	}

	/**
	 * Each quote's words by the revision that set them, from their own history: a quote
	 * deleted since keeps the words it had (its history stores them at deletion).
	 */
	private static Map<Long, NavigableMap<Long, String>> words(AuditReader history, Set<Long> quoteIds) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = history.createQuery()
			.forRevisionsOfEntity(Quote.class, false, true)
			.add(AuditEntity.id().in(quoteIds))
			.getResultList();
		Map<Long, NavigableMap<Long, String>> words = new HashMap<>();
		for (Object[] row : rows) {
			Quote quote = (Quote) row[0];
			if (quote.getAnchor() != null && quote.getAnchor().getExact() != null) {
				words.computeIfAbsent(quote.getId(), (id) -> new TreeMap<>())
					.put(((Revision) row[1]).getId(), quote.getAnchor().getExact());
			}
		}
		return words;
	}

}
