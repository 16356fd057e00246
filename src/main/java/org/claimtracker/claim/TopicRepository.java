package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlugAndStatusIn(String slug, Collection<Publication> status);

	boolean existsBySlugAndStatusIn(String slug, Collection<Publication> status);

	List<Topic> findByStatusInOrderByName(Collection<Publication> status);

}
