package org.claimtracker.person;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People, the races they stand in and their candidacies. */
@Service
public class PersonService {

	private final PersonRepository people;

	private final RaceRepository races;

	PersonService(PersonRepository people, RaceRepository races) {
		this.people = people;
		this.races = races;
	}

	@Transactional
	public Person add(String name, @Nullable String party, @Nullable String description, Publication status) {
		Person person = new Person(name, party, description);
		person.setStatus(status);
		return this.people.save(person);
	}

	/** Saves a new race with the candidacies added to it. */
	@Transactional
	public Race add(Race race) {
		return this.races.save(race);
	}

}
