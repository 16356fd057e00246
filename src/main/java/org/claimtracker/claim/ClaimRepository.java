package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	/**
	 * Each claim with its subject, the newsroom's rating of it and, apart from that, how
	 * much evidence supports and contradicts it; conditions follow.
	 */
	String SELECT_COUNTS = """
			select new org.claimtracker.claim.ClaimCount(c.id, c.statement, c.kind, s.id, s.name, s.party, r.name,
			  sum(case when e.stance = org.claimtracker.claim.Stance.SUPPORTS then 1 else 0 end),
			  sum(case when e.stance = org.claimtracker.claim.Stance.CONTRADICTS then 1 else 0 end), c.status)
			from Claim c left join c.subject s left join Evidence e on e.claim = c and e.status in :status
			  left join ClaimRating r on r.claimId = c.id and r.checker is null and r.status in :status
			where c.status in :status and\s""";

	String GROUP_COUNTS = " group by c.id, c.statement, c.kind, s.id, s.name, s.party, r.name, c.status";

	/** The claim list's filters, each left out when its value is null. */
	String FILTERS = """
			(:kind is null or c.kind = :kind)
			  and (:subjectId is null or s.id = :subjectId)
			  and (:topic is null or exists (select 1 from c.topics t where t.slug = :topic))""";

	String COUNTS = SELECT_COUNTS + FILTERS + GROUP_COUNTS;

	@Query("select distinct c from Claim c left join fetch c.subject left join fetch c.topics where c.id in :ids and c.status in :status order by c.id")
	List<Claim> findPublishedWithTopics(Collection<Long> ids, Collection<Publication> status);

	@Query("select c from Claim c left join fetch c.subject left join fetch c.topics where c.id = :id and c.status in :status")
	Optional<Claim> findPublished(long id, Collection<Publication> status);

	/**
	 * The claim, locked until the transaction ends: two editors rating it at once take
	 * turns, and the second finds the first one's rating.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> findForRating(long id);

	@Query(COUNTS + " order by c.id")
	List<ClaimCount> findCounts(Collection<Publication> status, @Nullable String topic, @Nullable ClaimKind kind,
			@Nullable Long subjectId);

	@Query(value = COUNTS + " order by c.id",
			countQuery = "select count(c) from Claim c left join c.subject s where c.status in :status and " + FILTERS)
	Page<ClaimCount> findCounts(Collection<Publication> status, @Nullable String topic, @Nullable ClaimKind kind,
			@Nullable Long subjectId, Pageable page);

	/**
	 * The claims with the most evidence: counted per claim first, which reads the
	 * evidence once.
	 */
	@Query("""
			select c.id from Claim c
			  join (select e.claim.id as claimId, count(e) as n from Evidence e where e.status in :status
			        group by e.claim.id) x on x.claimId = c.id
			where c.status in :status order by x.n desc, c.id""")
	List<Long> findMostEvidencedIds(Collection<Publication> status, Limit limit);

	@Query(SELECT_COUNTS + "c.id is not null" + GROUP_COUNTS + " order by c.id desc")
	List<ClaimCount> findNewestCounts(Collection<Publication> status, Limit limit);

	/**
	 * Claims whose statement matches a {@code like} pattern ({@code !} escapes), newest
	 * first.
	 */
	@Query(SELECT_COUNTS + "lower(c.statement) like :pattern escape '!'" + GROUP_COUNTS + " order by c.id desc")
	List<ClaimCount> findCountsLike(String pattern, Collection<Publication> status, Limit limit);

	@Query(SELECT_COUNTS + "c.id in :ids" + GROUP_COUNTS)
	List<ClaimCount> findCountsOf(Collection<Long> ids, Collection<Publication> status);

	@Query(SELECT_COUNTS + "s.id in :subjectIds" + GROUP_COUNTS + " order by c.id")
	List<ClaimCount> findCountsAbout(Collection<Long> subjectIds, Collection<Publication> status);

	/**
	 * The people who are quoted or the subject of a claim; a quote counts where its
	 * article does too.
	 */
	@Query("""
			select p.id from Person p where p.status in :status
			  and (exists (select c.id from Claim c where c.subject = p and c.status in :status)
			    or exists (select q.id from Quote q where q.speaker = p and q.status in :status
			               and q.article.status in :status))""")
	Set<Long> findQuotedOrSubjectIds(Collection<Publication> status);

	@Query("select c.id, t from Claim c join c.topics t where c.id in :ids and t.status in :status order by t.name")
	List<Object[]> findTopics(Collection<Long> ids, Collection<Publication> status);

}
