package org.claimtracker.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every row that editors change carries: a publication state, an optimistic-lock
 * version (a stale save is refused, never silently applied) and who created and last
 * changed it, when.
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class EditableEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Publication status = Publication.DRAFT;

	@Version
	private int version;

	@CreatedDate
	@NotAudited
	@Column(nullable = false, updatable = false)
	private Instant createdAt = Instant.EPOCH;

	@CreatedBy
	@NotAudited
	@Column(updatable = false)
	private @Nullable String createdBy;

	@LastModifiedDate
	@NotAudited
	@Column(nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	@LastModifiedBy
	@NotAudited
	private @Nullable String updatedBy;

	public Publication getStatus() {
		return this.status;
	}

	public void setStatus(Publication status) {
		this.status = status;
	}

	public boolean isPublished() {
		return this.status == Publication.PUBLISHED;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public @Nullable String getUpdatedBy() {
		return this.updatedBy;
	}

}
