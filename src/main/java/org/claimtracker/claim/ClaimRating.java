package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.claimtracker.common.EditableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A claim's rating as its checker gave it, on the checker's own scale (see
 * {@link RatingGiven}); one per checker and review.
 */
@Entity
@Audited
public class ClaimRating extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	private @Nullable String name;

	private @Nullable String value;

	private @Nullable String best;

	private @Nullable String worst;

	private @Nullable String checker;

	private @Nullable String reviewUrl;

	private @Nullable LocalDate reviewedOn;

	protected ClaimRating() {
	}

	ClaimRating(Claim claim, RatingGiven given) {
		this.claim = claim;
		this.checker = given.checker();
		this.reviewUrl = given.reviewUrl();
		rate(given);
	}

	/** Whether the rating is the one given, on the same scale, by the same review. */
	boolean sameAs(RatingGiven given) {
		return given.equals(given());
	}

	void rate(RatingGiven given) {
		this.name = given.name();
		this.value = given.value();
		this.best = given.best();
		this.worst = given.worst();
		this.reviewedOn = given.reviewedOn();
	}

	public RatingGiven given() {
		return new RatingGiven(this.name, this.value, this.best, this.worst, this.checker, this.reviewUrl,
				this.reviewedOn);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	boolean byCheckerOf(RatingGiven given) {
		return Objects.equals(this.checker, given.checker()) && Objects.equals(this.reviewUrl, given.reviewUrl());
	}

}
