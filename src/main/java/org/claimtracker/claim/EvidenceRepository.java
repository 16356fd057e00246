package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	boolean existsByQuoteIdAndClaimId(long quoteId, long claimId);

	List<Evidence> findAllByClaimId(long claimId);

	long countByClaimId(long claimId);

	List<Evidence> findAllByQuoteId(long quoteId);

	Optional<Evidence> findByIdAndQuoteId(long id, long quoteId);

	String FETCH = """
			select e from Evidence e join fetch e.claim c join fetch e.quote q join fetch q.speaker
			  join fetch q.article a join fetch a.outlet
			where e.status in :status and c.status in :status and q.status in :status and a.status in :status and\s""";

	String ORDER = " order by e.stance desc, coalesce(q.saidOn, a.publishedOn), q.id, c.id";

	@Query(FETCH + "c.id = :claimId" + ORDER)
	List<Evidence> findByClaim(long claimId, Collection<Publication> status);

	@Query(FETCH + "q.id in :quoteIds" + ORDER)
	List<Evidence> findByQuotes(Collection<Long> quoteIds, Collection<Publication> status);

	@Query("select e from Evidence e where e.quote.article.id = :articleId")
	List<Evidence> findByArticle(long articleId);

	@Query(FETCH + "c.subject.id = :personId" + ORDER)
	List<Evidence> findBySubject(long personId, Collection<Publication> status);

	@Query(FETCH + "c.subject.id in :personIds" + ORDER)
	List<Evidence> findBySubjects(Collection<Long> personIds, Collection<Publication> status);

	/** The evidence those people's quotes give, in the order the words were said. */
	@Query(FETCH + "q.speaker.id in :personIds order by coalesce(q.saidOn, a.publishedOn), q.id, c.id")
	List<Evidence> findBySpeakers(Collection<Long> personIds, Collection<Publication> status);

	@Query(FETCH + "exists (select 1 from c.topics t where t.slug = :slug)"
			+ " order by coalesce(q.saidOn, a.publishedOn) desc, q.id desc, c.id")
	List<Evidence> findRecentByTopic(String slug, Collection<Publication> status, Limit limit);

}
