package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlugAndStatusIn(String slug, Collection<Publication> status);

	boolean existsBySlugAndStatusIn(String slug, Collection<Publication> status);

	List<Topic> findByStatusInOrderByName(Collection<Publication> status);

	Page<Topic> findByStatusIn(Collection<Publication> status, Pageable page);

	/** The topic a reader names by id, by slug or by name, in any case. */
	@Query("""
			select t from Topic t where t.status in :status
			and (cast(t.id as string) = :given or t.slug = lower(:given) or lower(t.name) = lower(:given))
			order by t.id""")
	List<Topic> findNamed(String given, Collection<Publication> status);

}
