package org.claimtracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Keeps a form's CSRF token in the session when there is one, and in a cookie when there
 * is none: the sign-in form needs a token, but a visitor who has not signed in needs no
 * session, and storing one for every visit to the sign-in page would fill the session
 * table. Signing in drops the cookie's token; the signed-in session then gets its own.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE_NAME = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		// the tokens are alike wherever they are kept: one parameter, one header
		this.cookies.setCookieName(COOKIE_NAME);
		this.cookies.setHeaderName("X-CSRF-TOKEN");
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.sessions.saveToken(null, request, response);
			if (WebUtils.getCookie(request, COOKIE_NAME) != null) {
				this.cookies.saveToken(null, request, response);
			}
		}
		else if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	/**
	 * The session's token, else the cookie's: a session made by a refused sign-in holds
	 * no token, and the form it shows again was given the cookie's.
	 */
	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = this.sessions.loadToken(request);
		return (token != null) ? token : this.cookies.loadToken(request);
	}

}
