package org.claimtracker.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsernameIgnoreCase(String username);

	/**
	 * Locks the enabled accounts of a role (in id order, so two callers never deadlock):
	 * two admins disabling each other at once must not both see the other as still
	 * enabled.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<AppUser> findByRoleAndEnabledTrueOrderById(Role role);

}
