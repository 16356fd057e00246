package org.claimtracker.person;

import org.jspecify.annotations.Nullable;

/** A person as readers see them. */
public record PersonView(long id, String name, @Nullable String party, @Nullable String description, int version,
		boolean draft) {

	static PersonView from(Person person) {
		return new PersonView(person.getId(), person.getName(), person.getParty(), person.getDescription(),
				person.getVersion(), !person.isPublished());
	}

}
