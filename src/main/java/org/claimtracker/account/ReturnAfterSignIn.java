package org.claimtracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.InvalidUrlException;

/**
 * Remembers in a cookie the page that a visitor who is not signed in asked for, so that
 * signing in leads back to it, without storing a session for every visit sent to sign in.
 * Only pages (GETs) are remembered, and only addresses on this site are returned to.
 */
final class ReturnAfterSignIn extends CookieRequestCache {

	ReturnAfterSignIn() {
		setRequestMatcher((request) -> "GET".equals(request.getMethod()));
		setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
	}

	/**
	 * Nothing to return to when the cookie holds no address this site could have written.
	 */
	@Override
	public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		try {
			return super.getRequest(request, response);
		}
		catch (InvalidUrlException ex) {
			return null;
		}
	}

}
