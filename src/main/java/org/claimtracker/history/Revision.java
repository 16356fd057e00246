package org.claimtracker.history;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change set: every audited row a transaction touched, with who and when.
 */
@Entity
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private @Nullable Long id;

	@RevisionTimestamp
	private Instant changedAt = Instant.EPOCH;

	private @Nullable String username;

	public @Nullable Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

}
