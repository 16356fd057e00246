package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	String COUNTS = """
			select new org.claimtracker.claim.ClaimCount(c.id, c.statement, c.kind, s.id, s.name,
			  sum(case when e.stance = org.claimtracker.claim.Stance.SUPPORTS then 1 else 0 end),
			  sum(case when e.stance = org.claimtracker.claim.Stance.CONTRADICTS then 1 else 0 end), c.status)
			from Claim c left join c.subject s left join Evidence e on e.claim = c and e.status in :status
			where c.status in :status
			  and (:kind is null or c.kind = :kind)
			  and (:subjectId is null or s.id = :subjectId)
			  and (:topic is null or exists (select 1 from c.topics t where t.slug = :topic))
			group by c.id, c.statement, c.kind, s.id, s.name, c.status""";

	@Query("select c from Claim c left join fetch c.subject left join fetch c.topics where c.id = :id and c.status in :status")
	Optional<Claim> findPublished(long id, Collection<Publication> status);

	@Query(COUNTS + " order by c.id")
	List<ClaimCount> findCounts(Collection<Publication> status, @Nullable String topic, @Nullable ClaimKind kind,
			@Nullable Long subjectId);

	@Query(value = COUNTS + " order by c.id", countQuery = """
			select count(c) from Claim c left join c.subject s
			where c.status in :status
			  and (:kind is null or c.kind = :kind)
			  and (:subjectId is null or s.id = :subjectId)
			  and (:topic is null or exists (select 1 from c.topics t where t.slug = :topic))""")
	Page<ClaimCount> findCounts(Collection<Publication> status, @Nullable String topic, @Nullable ClaimKind kind,
			@Nullable Long subjectId, Pageable page);

	@Query(COUNTS + " order by count(e) desc, c.id")
	List<ClaimCount> findMostEvidenced(Collection<Publication> status, @Nullable String topic, @Nullable ClaimKind kind,
			@Nullable Long subjectId, Limit limit);

	@Query("""
			select new org.claimtracker.claim.ClaimCount(c.id, c.statement, c.kind, s.id, s.name,
			  sum(case when e.stance = org.claimtracker.claim.Stance.SUPPORTS then 1 else 0 end),
			  sum(case when e.stance = org.claimtracker.claim.Stance.CONTRADICTS then 1 else 0 end), c.status)
			from Claim c join c.subject s left join Evidence e on e.claim = c and e.status in :status
			where c.status in :status and s.id in :subjectIds
			group by c.id, c.statement, c.kind, s.id, s.name, c.status order by c.id""")
	List<ClaimCount> findCountsAbout(Collection<Long> subjectIds, Collection<Publication> status);

	@Query("select c.id, t from Claim c join c.topics t where c.id in :ids and t.status in :status order by t.name")
	List<Object[]> findTopics(Collection<Long> ids, Collection<Publication> status);

}
