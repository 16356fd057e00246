package org.claimtracker.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutletRepository extends JpaRepository<Outlet, Long> {

	Optional<Outlet> findByName(String name);

}
