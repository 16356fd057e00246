package org.claimtracker.person;

import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;

/**
 * What an editor may change of a person: name (tidied as names are: see {@link Names}),
 * party and description, stripped of surrounding spaces (a blank party or description is
 * none; a name is never blank).
 */
public record PersonDetails(String name, @Nullable String party, @Nullable String description) {

	public PersonDetails {
		name = Names.tidy(name);
		if (name.isEmpty()) {
			throw new IllegalArgumentException("A person's name cannot be blank");
		}
		party = (party == null || party.isBlank()) ? null : party.strip();
		description = (description == null || description.isBlank()) ? null : description.strip();
	}

}
