package org.claimtracker.claim;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRatingRepository extends JpaRepository<ClaimRating, Long> {

	List<ClaimRating> findByClaimId(long claimId);

}
