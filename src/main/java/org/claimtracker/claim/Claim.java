package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import org.claimtracker.common.EditableEntity;
import org.claimtracker.person.Person;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A checkable statement in an editor's neutral wording; a position always has a subject
 * person.
 */
@Entity
@Audited
public class Claim extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String statement;

	@Enumerated(EnumType.STRING)
	private ClaimKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private @Nullable Person subject;

	@ManyToMany
	@JoinTable(name = "claim_topic", joinColumns = @JoinColumn(name = "claim_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Set<Topic> topics = new LinkedHashSet<>();

	private @Nullable LocalDate madeOn;

	private @Nullable String sourceUrl;

	protected Claim() {
	}

	public Claim(String statement, ClaimKind kind, @Nullable Person subject, Set<Topic> topics) {
		if (kind == ClaimKind.POSITION && subject == null) {
			throw new IllegalArgumentException("A position claim needs a subject person");
		}
		this.statement = statement;
		this.kind = kind;
		this.subject = subject;
		this.topics = new LinkedHashSet<>(topics);
	}

	/** Replaces what an editor may change; a position keeps needing a subject. */
	void revise(String statement, ClaimKind kind, @Nullable Person subject, Set<Topic> topics) {
		if (kind == ClaimKind.POSITION && subject == null) {
			throw new IllegalArgumentException("A position claim needs a subject person");
		}
		this.statement = statement;
		this.kind = kind;
		this.subject = subject;
		this.topics.clear();
		this.topics.addAll(topics);
	}

	/** Adds the topics of a claim merged into this one. */
	void addTopics(Set<Topic> more) {
		this.topics.addAll(more);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getStatement() {
		return this.statement;
	}

	public ClaimKind getKind() {
		return this.kind;
	}

	public @Nullable Person getSubject() {
		return this.subject;
	}

	public Set<Topic> getTopics() {
		return this.topics;
	}

	/** When the claim was first made, as its source says; null when not known. */
	public @Nullable LocalDate getMadeOn() {
		return this.madeOn;
	}

	/** Where the claim was first made; null when not known. */
	public @Nullable String getSourceUrl() {
		return this.sourceUrl;
	}

}
