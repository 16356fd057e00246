package org.claimtracker.editor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.claimtracker.common.Names;
import org.claimtracker.person.PersonDetails;
import org.claimtracker.person.PersonView;
import org.jspecify.annotations.Nullable;

/**
 * Revises a person's name, party and description; {@code version} is the version the
 * editor started from.
 */
record PersonForm(@NotBlank @Size(max = 200) @Nullable String name, @Size(max = 100) @Nullable String party,
		@Size(max = 1000) @Nullable String description, @Nullable Integer version) {

	/**
	 * Names and titles as they are stored (see {@link Names}): one of invisible or odd
	 * spaces only is blank.
	 */
	PersonForm {
		name = Names.tidyIfAny(name);
		party = Names.tidyIfAny(party);
	}

	static PersonForm from(PersonView person) {
		return new PersonForm(person.name(), person.party(), person.description(), person.version());
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.name, this.party, this.description);
	}

}
