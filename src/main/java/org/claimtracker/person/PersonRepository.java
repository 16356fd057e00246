package org.claimtracker.person;

import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByIdAndStatus(long id, Publication status);

	List<Person> findByStatusOrderByName(Publication status);

}
