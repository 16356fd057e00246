package org.claimtracker.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.claimtracker.article.Article;
import org.claimtracker.common.EditableEntity;
import org.claimtracker.quote.AnchorState;
import org.claimtracker.quote.Anchored;
import org.claimtracker.quote.TextAnchor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A span of an article where the coverage itself asserts a claim (ClaimReview's
 * appearance).
 */
@Entity
@Audited
public class ClaimAppearance extends EditableEntity implements Anchored {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Claim claim;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Article article;

	@Embedded
	private TextAnchor anchor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AnchorState anchorState = AnchorState.ANCHORED;

	protected ClaimAppearance() {
	}

	/** The appearance, moved to the claim that another was merged into. */
	void movedTo(Claim kept) {
		this.claim = kept;
	}

	public ClaimAppearance(Claim claim, Article article, TextAnchor anchor) {
		this.claim = claim;
		this.article = article;
		this.anchor = anchor;
	}

	@Override
	public @Nullable Long getId() {
		return this.id;
	}

	public Claim getClaim() {
		return this.claim;
	}

	public Article getArticle() {
		return this.article;
	}

	@Override
	public TextAnchor getAnchor() {
		return this.anchor;
	}

	@Override
	public AnchorState getAnchorState() {
		return this.anchorState;
	}

	@Override
	public void anchorAt(TextAnchor anchor) {
		this.anchor = anchor;
		this.anchorState = AnchorState.ANCHORED;
	}

	@Override
	public void flagForReview() {
		this.anchorState = AnchorState.NEEDS_REVIEW;
	}

}
