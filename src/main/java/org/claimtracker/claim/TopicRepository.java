package org.claimtracker.claim;

import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlugAndStatus(String slug, Publication status);

	List<Topic> findByStatusOrderByName(Publication status);

}
