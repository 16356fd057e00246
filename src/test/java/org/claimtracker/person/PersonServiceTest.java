package org.claimtracker.person;

import java.time.LocalDate;

import org.claimtracker.Fixtures;
import org.claimtracker.common.Publication;
import org.claimtracker.common.StaleEditException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * People as editors add and fix them and as readers see them: a name in another case or
 * spacing is the same person, drafts stay with editors, and races list their published
 * candidates.
 */
@SpringBootTest
class PersonServiceTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	PersonService people;

	@Test
	void aSpeakerNamedInAnotherCaseOrSpacingIsThePersonAlreadyListed() {
		String name = this.make.unique("Stacey Abramova");
		long listed = this.make.person(name);
		int before = this.people.everyone().size();

		Person named = this.people.speakerNamed("  " + name.toUpperCase().replace(" ", " \u00a0 ") + "\u200b ", "X");

		assertThat(named.getId()).isEqualTo(listed);
		assertThat(named.getName()).isEqualTo(name);
		assertThat(named.getParty()).isNull();
		assertThat(this.people.everyone()).hasSize(before);
	}

	@Test
	void aSpeakerNoOneIsListedAsIsANewDraftPersonOfTheTidiedName() {
		String name = this.make.unique("Marek Ostrowiak");
		Person added = this.people.speakerNamed(" " + name.replace(" ", "   ") + " ", "Green");
		this.make.removeAfter("person", added.getId());

		assertThat(added.getName()).isEqualTo(name);
		assertThat(added.getParty()).isEqualTo("Green");
		assertThat(added.getStatus()).isEqualTo(Publication.DRAFT);
		assertThat(this.people.speakerNamed(name.toLowerCase(), null).getId()).isEqualTo(added.getId());
	}

	@Test
	void readersSeePublishedPeopleOnly() {
		long published = this.make.person(this.make.unique("Ada Published"));
		long draft = this.make.person(this.make.unique("Ada Draft"), Publication.DRAFT);

		assertThat(this.people.person(published).draft()).isFalse();
		assertThatThrownBy(() -> this.people.person(draft)).isInstanceOf(PersonNotFoundException.class);
		assertThat(this.people.people()).extracting(PersonView::id).contains(published).doesNotContain(draft);
		// editors choosing a speaker see everyone, drafts marked as such
		assertThat(this.people.everyone()).extracting(PersonView::id).contains(published, draft);
		assertThat(this.people.draft(draft).draft()).isTrue();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void signedInEditorsSeeDrafts() {
		long draft = this.make.person(this.make.unique("Ada Draft"), Publication.DRAFT);

		assertThat(this.people.person(draft).draft()).isTrue();
		assertThat(this.people.people()).extracting(PersonView::id).contains(draft);
	}

	@Test
	void aRevisionKeepsTheNewDetailsAndCountsAVersion() {
		long person = this.make.person(this.make.unique("Dolores Havrekamp"));
		String name = this.make.unique("Dolores Haverkamp");

		int version = this.people.revise(person, 0, new PersonDetails(name, "Independent", "County clerk"));

		assertThat(version).isEqualTo(1);
		assertThat(this.people.person(person))
			.isEqualTo(new PersonView(person, name, "Independent", "County clerk", 1, false));
	}

	@Test
	void aNameSomeoneElseIsListedUnderIsRefusedInAnyCase() {
		String taken = this.make.unique("Jonas Ossowski");
		long other = this.make.person(taken);
		String own = this.make.unique("Dolores Havrekamp");
		long person = this.make.person(own);

		assertThatThrownBy(
				() -> this.people.revise(person, 0, new PersonDetails(taken.toLowerCase(), "Independent", null)))
			.isInstanceOfSatisfying(DuplicatePersonException.class,
					(ex) -> assertThat(ex.getExistingId()).isEqualTo(other));
		assertThat(this.people.person(person).name()).isEqualTo(own);
		assertThat(this.people.person(person).version()).isZero();

		// the person's own name in another case is no one else's
		this.people.revise(person, 0, new PersonDetails(own.toUpperCase(), null, null));
		assertThat(this.people.person(person).name()).isEqualTo(own.toUpperCase());
	}

	@Test
	void aRevisionFromAStaleVersionIsRefusedAndChangesNothing() {
		String name = this.make.unique("Dolores Havrekamp");
		long person = this.make.person(name);
		this.people.revise(person, 0, new PersonDetails(name, "Independent", null));

		assertThatThrownBy(() -> this.people.revise(person, 0, new PersonDetails("Someone Else", "Green", null)))
			.isInstanceOfSatisfying(StaleEditException.class, (ex) -> assertThat(ex.getCurrent())
				.isEqualTo(new PersonView(person, name, "Independent", null, 1, false)));
		assertThat(this.people.person(person).party()).isEqualTo("Independent");
	}

	@Test
	void aRaceListsItsPublishedCandidatesIncumbentsFirstAndIsTheirsToo() {
		long challenger = this.make.person(this.make.unique("Aaron Challenger"));
		long incumbent = this.make.person(this.make.unique("Zelda Incumbent"));
		long draft = this.make.person(this.make.unique("Drafted Candidate"), Publication.DRAFT);
		long race = race(Publication.PUBLISHED, challenger, incumbent, draft);

		RaceView view = this.people.race(race);
		assertThat(view.candidates()).extracting(RaceView.Candidate::personId).containsExactly(incumbent, challenger);
		assertThat(view.candidates().get(0).incumbent()).isTrue();
		assertThat(view.opponentsOf(incumbent)).extracting(RaceView.Candidate::personId).containsExactly(challenger);
		assertThat(this.people.racesOf(challenger)).extracting(RaceView::id).containsExactly(race);
		assertThat(this.people.races()).extracting(RaceView::id).contains(race);
	}

	@Test
	void aDraftRaceIsNotShownToReaders() {
		long candidate = this.make.person(this.make.unique("Aaron Challenger"));
		long race = race(Publication.DRAFT, candidate);

		assertThatThrownBy(() -> this.people.race(race)).isInstanceOf(PersonNotFoundException.class);
		assertThat(this.people.racesOf(candidate)).isEmpty();
		assertThat(this.people.races()).extracting(RaceView::id).doesNotContain(race);
	}

	/** A race for the Senate with those candidates, the second one the incumbent. */
	private long race(Publication status, long... candidates) {
		String name = this.make.unique("Senate race");
		Race race = new Race(name.toLowerCase().replace(' ', '-'), name, "U.S. Senate", "GA", LocalDate.of(2030, 11, 5),
				null);
		for (int i = 0; i < candidates.length; i++) {
			race.addCandidate(this.people.find(candidates[i]), "Party " + i, i == 1);
		}
		race.setStatus(status);
		long id = this.people.add(race).getId();
		this.make.removeAfter("race", id);
		return id;
	}

}
