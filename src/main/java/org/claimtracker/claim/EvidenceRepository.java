package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	String FETCH = """
			select e from Evidence e join fetch e.claim c join fetch e.quote q join fetch q.speaker
			  join fetch q.article a join fetch a.outlet
			where e.status = :status and c.status = :status and q.status = :status and a.status = :status and\s""";

	String ORDER = " order by e.stance desc, coalesce(q.saidOn, a.publishedOn), q.id, c.id";

	@Query(FETCH + "c.id = :claimId" + ORDER)
	List<Evidence> findByClaim(long claimId, Publication status);

	@Query(FETCH + "q.id in :quoteIds" + ORDER)
	List<Evidence> findByQuotes(Collection<Long> quoteIds, Publication status);

	@Query(FETCH + "c.subject.id = :personId" + ORDER)
	List<Evidence> findBySubject(long personId, Publication status);

	@Query(FETCH + "exists (select 1 from c.topics t where t.slug = :slug)" + ORDER)
	List<Evidence> findByTopic(String slug, Publication status);

}
