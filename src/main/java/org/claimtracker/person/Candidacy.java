package org.claimtracker.person;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** A person standing in a race, for a party, possibly as the incumbent. */
@Entity
public class Candidacy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Race race;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Person person;

	private @Nullable String party;

	private boolean incumbent;

	protected Candidacy() {
	}

	Candidacy(Race race, Person person, @Nullable String party, boolean incumbent) {
		this.race = race;
		this.person = person;
		this.party = party;
		this.incumbent = incumbent;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Race getRace() {
		return this.race;
	}

	public Person getPerson() {
		return this.person;
	}

	public @Nullable String getParty() {
		return this.party;
	}

	public boolean isIncumbent() {
		return this.incumbent;
	}

}
