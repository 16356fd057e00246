package org.claimtracker.quote;

import java.time.LocalDate;

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
import org.claimtracker.person.Person;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/** What a person said, as reported in one article, anchored to the words in its body. */
@Entity
@Audited
public class Quote extends EditableEntity implements Anchored {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Person speaker;

	@Enumerated(EnumType.STRING)
	private QuoteKind kind;

	private @Nullable LocalDate saidOn;

	private @Nullable String context;

	@Embedded
	private TextAnchor anchor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AnchorState anchorState = AnchorState.ANCHORED;

	/**
	 * The date the words count as said, their own or the article's: kept by the database,
	 * for queries.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private @Nullable LocalDate datedOn;

	/**
	 * Whether readers see the quote (it and its article are published): kept by the
	 * database, for queries.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private boolean listed;

	/**
	 * The utterance this quote is a version of: set by the database when the quote is
	 * saved (a quote starts an utterance of its own) and by the utterances' placement
	 * after, in the table; an editor's split or merge sets it here, so that history keeps
	 * it. Null in memory for a quote saved in this session and not read since (the
	 * database keeps the value it has when an update writes null).
	 */
	@Column(name = "utterance_id")
	private @Nullable Long utteranceId;

	/**
	 * Whether this version alters the reference version of its utterance: kept by the
	 * utterances' placement, for pages and search.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private boolean altered;

	protected Quote() {
	}

	public Quote(Article article, Person speaker, QuoteKind kind, @Nullable LocalDate saidOn, @Nullable String context,
			TextAnchor anchor) {
		this.article = article;
		this.speaker = speaker;
		this.kind = kind;
		this.saidOn = saidOn;
		this.context = context;
		this.anchor = anchor;
	}

	@Override
	public @Nullable Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public Person getSpeaker() {
		return this.speaker;
	}

	public QuoteKind getKind() {
		return this.kind;
	}

	public @Nullable LocalDate getSaidOn() {
		return this.saidOn;
	}

	public @Nullable String getContext() {
		return this.context;
	}

	@Override
	public TextAnchor getAnchor() {
		return this.anchor;
	}

	@Override
	public AnchorState getAnchorState() {
		return this.anchorState;
	}

	/**
	 * Corrects who said the words and how, when and where; the words and their place stay
	 * as marked.
	 */
	public void revise(Person speaker, QuoteKind kind, @Nullable LocalDate saidOn, @Nullable String context) {
		this.speaker = speaker;
		this.kind = kind;
		this.saidOn = saidOn;
		this.context = context;
	}

	@Override
	public void anchorAt(TextAnchor anchor) {
		this.anchor = anchor;
		this.anchorState = AnchorState.ANCHORED;
	}

	public @Nullable Long getUtteranceId() {
		return this.utteranceId;
	}

	public boolean isAltered() {
		return this.altered;
	}

	/** Makes the quote a version of another utterance, or confirms the one it is in. */
	public void placeIn(long utteranceId) {
		this.utteranceId = utteranceId;
	}

	@Override
	public void flagForReview() {
		this.anchorState = AnchorState.NEEDS_REVIEW;
	}

}
