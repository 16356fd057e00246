package org.claimtracker.person;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.claimtracker.common.EditableEntity;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** Anyone quoted or written about; a candidate is a person with a candidacy in a race. */
@Entity
@Audited
public class Person extends EditableEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private @Nullable String party;

	private @Nullable String description;

	protected Person() {
	}

	public Person(String name, @Nullable String party, @Nullable String description) {
		this.name = name;
		this.party = party;
		this.description = description;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getParty() {
		return this.party;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Replaces the name, party and description, to fix a typo or bring them up to date.
	 */
	void revise(String name, @Nullable String party, @Nullable String description) {
		this.name = name;
		this.party = party;
		this.description = description;
	}

}
