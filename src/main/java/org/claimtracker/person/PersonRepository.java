package org.claimtracker.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdAndStatusIn(long id, Collection<Publication> status);

	boolean existsByIdAndStatusIn(long id, Collection<Publication> status);

	List<Person> findByStatusInOrderByName(Collection<Publication> status);

	/** The person of that name, in any case; the first added, should there be several. */
	Optional<Person> findFirstByNameIgnoreCaseOrderById(String name);

}
