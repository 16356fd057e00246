package org.claimtracker.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.claim.ClaimMerge;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The merges a claim took part in, for its history: on the kept claim, the claim merged
 * into it and what the merge kept and dropped; on the merged claim, the claim it was
 * merged into. One query however long the history.
 */
@Component
class MergeChanges {

	/** The merges in the order they were made. */
	List<Change> ofClaim(AuditReader history, long claimId) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = history.createQuery()
			.forRevisionsOfEntity(ClaimMerge.class, false, true)
			.add(AuditEntity.or(AuditEntity.property("keptId").eq(claimId),
					AuditEntity.property("mergedId").eq(claimId)))
			.addOrder(AuditEntity.revisionNumber().asc())
			.addOrder(AuditEntity.id().asc())
			.getResultList();
		List<Change> changes = new ArrayList<>();
		for (Object[] row : rows) {
			ClaimMerge merge = (ClaimMerge) row[0];
			if (row[2] == RevisionType.DEL) {
				continue;
			}
			Map<String, String> after = new LinkedHashMap<>();
			if (merge.getMergedId() == claimId) {
				after.put("merged into", "#" + merge.getKeptId());
			}
			else {
				after.put("merged in", "#" + merge.getMergedId() + ": " + merge.getMergedStatement());
			}
			after.put("merge", merge.getNote());
			changes.add(Change.of((Revision) row[1], RevisionType.MOD, null, HistoryService.diff(Map.of(), after)));
		}
		return changes;
	}

}
