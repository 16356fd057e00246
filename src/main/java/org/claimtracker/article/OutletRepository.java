package org.claimtracker.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutletRepository extends JpaRepository<Outlet, Long> {

	/** The outlet of that name, in any case; the first added, should there be several. */
	Optional<Outlet> findFirstByNameIgnoreCaseOrderById(String name);

}
