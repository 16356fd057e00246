package org.claimtracker.common;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The name recorded as author of a change: the signed-in editor, or the application
 * itself.
 */
public final class CurrentEditor {

	public static final String SYSTEM = "system";

	private CurrentEditor() {
	}

	/** Whether an editor or admin is signed in for this request. */
	public static boolean signedIn() {
		return !SYSTEM.equals(name());
	}

	/** Whether the one signed in for this request is an admin. */
	public static boolean admin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
