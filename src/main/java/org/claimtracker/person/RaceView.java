package org.claimtracker.person;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A race with its candidates, incumbents first. */
public record RaceView(long id, String slug, String name, String office, @Nullable String state,
		@Nullable String district, @Nullable LocalDate electionOn, @Nullable LocalDate runoffOn,
		List<Candidate> candidates) {

	static RaceView from(Race race) {
		List<Candidate> candidates = race.getCandidacies()
			.stream()
			.filter((c) -> c.getPerson().isPublished())
			.map((c) -> new Candidate(c.getPerson().getId(), c.getPerson().getName(), c.getParty(), c.isIncumbent(),
					c.getPerson().getParty()))
			.sorted(Comparator.comparing(Candidate::incumbent).reversed().thenComparing(Candidate::name))
			.toList();
		return new RaceView(race.getId(), race.getSlug(), race.getName(), race.getOffice(), race.getState(),
				race.getDistrict(), race.getElectionOn(), race.getRunoffOn(), candidates);
	}

	/** Everyone in the race but that person. */
	public List<Candidate> opponentsOf(long personId) {
		return this.candidates.stream().filter((c) -> c.personId() != personId).toList();
	}

	public boolean hasCandidate(long personId) {
		return this.candidates.stream().anyMatch((c) -> c.personId() == personId);
	}

	/**
	 * A person standing in the race, for the party they stand for; {@code personParty} is
	 * the party they are listed with.
	 */
	public record Candidate(long personId, String name, @Nullable String party, boolean incumbent,
			@Nullable String personParty) {

	}

}
