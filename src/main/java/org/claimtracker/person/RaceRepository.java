package org.claimtracker.person;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaceRepository extends JpaRepository<Race, Long> {

	String FETCH = """
			select distinct r from Race r left join fetch r.candidacies c left join fetch c.person
			where r.status in :status""";

	@Query(FETCH + " order by r.name")
	List<Race> findAllWithCandidates(Collection<Publication> status);

	@Query(FETCH + " and r.id = :id")
	List<Race> findWithCandidates(long id, Collection<Publication> status);

	@Query(FETCH + " and r.id in (select k.race.id from Candidacy k where k.person.id = :personId) order by r.name")
	List<Race> findByCandidate(long personId, Collection<Publication> status);

}
