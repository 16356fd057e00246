package org.claimtracker.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimMergeRepository extends JpaRepository<ClaimMerge, Long> {

	Optional<ClaimMerge> findByMergedId(long mergedId);

	List<ClaimMerge> findAllByKeptId(long keptId);

}
