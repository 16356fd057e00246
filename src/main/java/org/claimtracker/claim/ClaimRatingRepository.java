package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRatingRepository extends JpaRepository<ClaimRating, Long> {

	@Query("select r from ClaimRating r where r.claimId = :claimId and r.checker is null")
	Optional<ClaimRating> findNewsroom(long claimId);

	/** A claim's ratings the asker may see: the newsroom's first, then by checker. */
	@Query("""
			select r from ClaimRating r where r.claimId = :claimId and r.status in :status
			order by case when r.checker is null then 0 else 1 end, r.checker, r.id""")
	List<ClaimRating> findVisible(long claimId, Collection<Publication> status);

	List<ClaimRating> findAllByClaimId(long claimId);

	/**
	 * The newsroom's published ratings of published claims, with a name and a date, by
	 * claim.
	 */
	@Query("""
			select r from ClaimRating r where r.checker is null and r.name is not null and r.ratedAt is not null
			  and r.status = org.claimtracker.common.Publication.PUBLISHED
			  and exists (select 1 from Claim c where c.id = r.claimId
			    and c.status = org.claimtracker.common.Publication.PUBLISHED)
			order by r.claimId""")
	List<ClaimRating> findPublishedNewsroom();

}
