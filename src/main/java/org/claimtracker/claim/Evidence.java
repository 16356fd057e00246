package org.claimtracker.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.claimtracker.common.EditableEntity;
import org.claimtracker.quote.Quote;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An editor's judgement that a quote supports or contradicts a claim, and why. */
@Entity
@Audited
public class Evidence extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Quote quote;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	private String rationale;

	protected Evidence() {
	}

	public Evidence(Quote quote, Claim claim, Stance stance, String rationale) {
		this.quote = quote;
		this.claim = claim;
		this.stance = stance;
		this.rationale = rationale;
	}

	/** The link, moved to the claim that another was merged into. */
	void movedTo(Claim kept) {
		this.claim = kept;
	}

	void revise(Stance stance, String rationale) {
		this.stance = stance;
		this.rationale = rationale;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Quote getQuote() {
		return this.quote;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public Stance getStance() {
		return this.stance;
	}

	public String getRationale() {
		return this.rationale;
	}

}
