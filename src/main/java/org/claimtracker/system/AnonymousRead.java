package org.claimtracker.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Whether a request is a reader's: a GET or HEAD with neither a session cookie nor an
 * {@code Authorization} header. Anything else may be an editor's, who sees drafts and
 * reads their own writes.
 */
final class AnonymousRead {

	private AnonymousRead() {
	}

	static boolean test(HttpServletRequest request, String sessionCookie) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (sessionCookie.equals(cookie.getName())) {
					return false;
				}
			}
		}
		return true;
	}

}
