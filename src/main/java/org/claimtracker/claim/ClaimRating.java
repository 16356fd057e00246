package org.claimtracker.claim;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.claimtracker.common.EditableEntity;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A rating of a claim: the newsroom's own (no checker), on the scale it configures, with
 * its rationale and who rated it when; or one imported from an outside checker, on that
 * checker's scale, as the import wrote it. Never derived from the claim's evidence.
 */
@Entity
@Table(name = "claim_rating")
@Audited
@AuditTable("claim_rating_history")
public class ClaimRating extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long claimId;

	private @Nullable String name;

	private @Nullable String value;

	private @Nullable String best;

	private @Nullable String worst;

	private @Nullable String checker;

	private @Nullable String reviewUrl;

	private @Nullable LocalDate reviewedOn;

	private @Nullable String rationale;

	private @Nullable String ratedBy;

	private @Nullable Instant ratedAt;

	protected ClaimRating() {
	}

	/** The newsroom's rating of a claim, a draft until the claim is published. */
	static ClaimRating newsroom(long claimId) {
		ClaimRating rating = new ClaimRating();
		rating.claimId = claimId;
		return rating;
	}

	/** Rates the claim anew: a name on the newsroom's scale, why, by whom and when. */
	/** The rating, moved to the claim that another was merged into. */
	void movedTo(long keptId) {
		this.claimId = keptId;
	}

	void rate(String name, String rationale, @Nullable String by, Instant at) {
		this.name = name;
		this.rationale = rationale;
		this.ratedBy = by;
		this.ratedAt = at;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public long getClaimId() {
		return this.claimId;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public @Nullable String getValue() {
		return this.value;
	}

	public @Nullable String getBest() {
		return this.best;
	}

	public @Nullable String getWorst() {
		return this.worst;
	}

	/** Who gave the rating if an outside checker; null for the newsroom itself. */
	public @Nullable String getChecker() {
		return this.checker;
	}

	public @Nullable String getReviewUrl() {
		return this.reviewUrl;
	}

	public @Nullable LocalDate getReviewedOn() {
		return this.reviewedOn;
	}

	public @Nullable String getRationale() {
		return this.rationale;
	}

	public @Nullable String getRatedBy() {
		return this.ratedBy;
	}

	public @Nullable Instant getRatedAt() {
		return this.ratedAt;
	}

	public boolean isNewsroom() {
		return this.checker == null;
	}

}
