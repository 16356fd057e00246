package org.claimtracker.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.claim.ClaimRating;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The changes to a claim's ratings, for the claim's history: the newsroom's rating given,
 * changed or published, and ratings imported from outside checkers, each shown among the
 * claim's own changes with who made it and when. One query however long the history.
 */
@Component
class RatingChanges {

	/** The changes in the order they were made, ratings of one revision by id. */
	List<Change> ofClaim(AuditReader history, long claimId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = history.createQuery()
			.forRevisionsOfEntity(ClaimRating.class, false, true)
			.add(AuditEntity.property("claimId").eq(claimId))
			.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.getResultList();
		List<Change> changes = new ArrayList<>();
		Map<Long, Map<String, String>> before = new HashMap<>();
		for (Object[] row : rows) {
			ClaimRating rating = (ClaimRating) row[0];
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			Map<String, String> after = (type == RevisionType.DEL) ? Map.of() : fields(rating);
			changes.add(Change.of(revision, type, null,
					HistoryService.diff(before.getOrDefault(rating.getId(), Map.of()), after)));
			before.put(rating.getId(), after);
		}
		return changes;
	}

	private static Map<String, String> fields(ClaimRating r) {
		Map<String, String> f = new LinkedHashMap<>();
		String name = (r.getValue() != null && r.getBest() != null) ? ((r.getName() != null) ? r.getName() + " (" : "")
				+ r.getValue() + " of " + r.getBest() + ((r.getName() != null) ? ")" : "") : r.getName();
		if (r.isNewsroom()) {
			f.put("rating", name);
			f.put("rating rationale", r.getRationale());
			f.put("rating status", r.getStatus().name().toLowerCase(Locale.ROOT));
		}
		else {
			String checker = "rating by " + r.getChecker();
			f.put(checker, name);
			f.put(checker + ", review", r.getReviewUrl());
			f.put(checker + ", status", r.getStatus().name().toLowerCase(Locale.ROOT));
		}
		return f;
	}

}
