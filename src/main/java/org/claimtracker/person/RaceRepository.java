package org.claimtracker.person;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RaceRepository extends JpaRepository<Race, Long> {

	String FETCH = """
			select distinct r from Race r left join fetch r.candidacies c left join fetch c.person
			where r.status in :status""";

	@Query(FETCH + " order by r.name")
	List<Race> findAllWithCandidates(Collection<Publication> status);

	/**
	 * A page of races, the latest first: by their runoff, else their election, those
	 * without a date last. Ids only, as a page of rows fetched with their candidates
	 * would be cut in memory.
	 */
	@Query(value = """
			select r.id from Race r where r.status in :status
			order by coalesce(r.runoffOn, r.electionOn) desc nulls last, r.name, r.id""",
			countQuery = "select count(r) from Race r where r.status in :status")
	Page<Long> findLatestIds(Collection<Publication> status, Pageable page);

	@Query(FETCH + " and r.id in :ids")
	List<Race> findAllWithCandidates(Collection<Long> ids, Collection<Publication> status);

	@Query(FETCH + " and r.id = :id")
	List<Race> findWithCandidates(long id, Collection<Publication> status);

	@Query(FETCH + " and r.id in (select k.race.id from Candidacy k where k.person.id = :personId) order by r.name")
	List<Race> findByCandidate(long personId, Collection<Publication> status);

	@Query(FETCH + " and r.id in (select k.race.id from Candidacy k where k.person.id in :personIds) order by r.name")
	List<Race> findByCandidates(Collection<Long> personIds, Collection<Publication> status);

}
