package org.claimtracker.utterance;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.claimtracker.person.Person;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * One act of speech by one person, which every article that quotes it reports in its own
 * version: its quotes point to it.
 */
@Entity
@Audited
public class Utterance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Person speaker;

	@Version
	private int version;

	protected Utterance() {
	}

	Utterance(Person speaker) {
		this.speaker = speaker;
	}

	public long getId() {
		if (this.id == null) {
			throw new IllegalStateException("Only a saved utterance has an id");
		}
		return this.id;
	}

	public Person getSpeaker() {
		return this.speaker;
	}

	public int getVersion() {
		return this.version;
	}

	/** Counts an editor's change to the utterance's versions as a change to it. */
	void touch() {
		this.version++;
	}

}
