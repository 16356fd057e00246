package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimAppearanceRepository extends JpaRepository<ClaimAppearance, Long> {

	List<ClaimAppearance> findAllByClaimId(long claimId);

	long countByClaimId(long claimId);

	String FETCH = """
			select ap from ClaimAppearance ap join fetch ap.claim c join fetch ap.article a join fetch a.outlet
			where ap.status in :status and c.status in :status and a.status in :status and\s""";

	@Query(FETCH + "c.id = :claimId order by a.publishedOn desc, ap.anchor.start")
	List<ClaimAppearance> findByClaim(long claimId, Collection<Publication> status);

	@Query(FETCH + "a.id = :articleId order by ap.anchor.start")
	List<ClaimAppearance> findByArticle(long articleId, Collection<Publication> status);

	@Query(FETCH + "c.id in :claimIds order by a.publishedOn desc, ap.anchor.start")
	List<ClaimAppearance> findByClaims(Collection<Long> claimIds, Collection<Publication> status);

}
