package org.claimtracker.person;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The race queries on the real PostgreSQL, with only JPA and Flyway started: the latest
 * races come first, by their runoff else their election, those without a date last, and a
 * race is fetched with its candidates. Each test's rows are rolled back.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class RaceRepositoryTest {

	/** Draft rows only, so that the demo data's published races stay out of the way. */
	static final Set<Publication> DRAFTS = EnumSet.of(Publication.DRAFT);

	@Autowired
	RaceRepository races;

	@Autowired
	PersonRepository people;

	@Test
	void theLatestRacesComeFirstByRunoffElseElectionAndUndatedOnesLast() {
		long undated = race("Undated race", null, null);
		long early = race("Early race", LocalDate.of(2030, 3, 1), null);
		long runoff = race("Runoff race", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 6, 1));
		long late = race("Late race", LocalDate.of(2030, 5, 1), null);

		List<Long> mine = this.races.findLatestIds(DRAFTS, Pageable.unpaged())
			.stream()
			.filter(List.of(undated, early, runoff, late)::contains)
			.toList();

		assertThat(mine).containsExactly(runoff, late, early, undated);
	}

	@Test
	void aRaceIsFetchedWithItsCandidatesAndFoundByThem() {
		Person person = this.people.save(new Person("Candidate of the repository test", "Green", null));
		Race race = new Race("repository-test-race", "Repository test race", "Mayor", "GA", null, null);
		race.addCandidate(person, "Green", true);
		long id = this.races.saveAndFlush(race).getId();

		List<Race> found = this.races.findWithCandidates(id, DRAFTS);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).getCandidacies()).extracting((c) -> c.getPerson().getId())
			.containsExactly(person.getId());
		assertThat(this.races.findByCandidate(person.getId(), DRAFTS)).extracting(Race::getId).containsExactly(id);
		assertThat(this.races.findWithCandidates(id, EnumSet.of(Publication.PUBLISHED))).isEmpty();
	}

	private long race(String name, @Nullable LocalDate electionOn, @Nullable LocalDate runoffOn) {
		Race race = new Race("repository-test-" + name.toLowerCase().replace(' ', '-'), name, "Mayor", "GA", electionOn,
				runoffOn);
		return this.races.saveAndFlush(race).getId();
	}

}
