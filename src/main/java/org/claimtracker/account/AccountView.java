package org.claimtracker.account;

import java.time.Instant;

/** An account as the admin page lists it; never carries the password hash. */
public record AccountView(long id, String username, Role role, boolean enabled, Instant createdAt) {

	static AccountView from(AppUser user) {
		return new AccountView(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(), user.getCreatedAt());
	}

}
