package org.claimtracker.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A claim merged into another as its duplicate: the merged claim's address answers with
 * the kept one's, and the note says what the merge kept and dropped. Its history is part
 * of both claims'.
 */
@Entity
@Table(name = "claim_merge")
@Audited
public class ClaimMerge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long mergedId;

	private long keptId;

	private String mergedStatement;

	private String note;

	protected ClaimMerge() {
	}

	ClaimMerge(long mergedId, long keptId, String mergedStatement, String note) {
		this.mergedId = mergedId;
		this.keptId = keptId;
		this.mergedStatement = mergedStatement;
		this.note = note;
	}

	/** The claim kept now: a claim merged later into another passes its merges on. */
	void keptIn(long claimId) {
		this.keptId = claimId;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getMergedId() {
		return this.mergedId;
	}

	public long getKeptId() {
		return this.keptId;
	}

	public String getMergedStatement() {
		return this.mergedStatement;
	}

	public String getNote() {
		return this.note;
	}

}
