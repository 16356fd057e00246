package org.claimtracker.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimAppearanceRepository extends JpaRepository<ClaimAppearance, Long> {

}
