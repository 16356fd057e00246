package org.claimtracker.claim;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<Claim, Long> {

}
