package org.claimtracker.account;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds each session to its lifetime. One in which nobody has signed in (a refused
 * sign-in's account name, kept for the form) lasts minutes unused; a signed-in one lasts
 * the idle timeout unused; and none is used past its absolute lifetime, however busy, so
 * that a stolen cookie does not last for ever. Runs just inside Spring Session's filter,
 * and looks at a session only when the request asks for one.
 */
final class SessionLifetimes extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(SessionLifetimes.class);

	private final Duration signedInIdle;

	private final Duration anonymousIdle;

	private final Duration absolute;

	SessionLifetimes(Duration signedInIdle, Duration anonymousIdle, Duration absolute) {
		this.signedInIdle = signedInIdle;
		this.anonymousIdle = anonymousIdle;
		this.absolute = absolute;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LifetimeRequest held = new LifetimeRequest(request);
		try {
			chain.doFilter(held, response);
		}
		finally {
			held.settle();
		}
	}

	private final class LifetimeRequest extends HttpServletRequestWrapper {

		private boolean checked;

		private boolean asked;

		LifetimeRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable HttpSession getSession(boolean create) {
			if (!this.checked) {
				this.checked = true;
				HttpSession requested = super.getSession(false);
				if (requested != null && tooOld(requested)) {
					logger.debug("A session past its absolute lifetime ended");
					requested.invalidate();
				}
			}
			HttpSession session = super.getSession(create);
			if (session != null && !this.asked && session.isNew()) {
				// until someone signs in in it, it need not last
				setIdle(session, SessionLifetimes.this.anonymousIdle);
			}
			this.asked |= (session != null);
			return session;
		}

		@Override
		public @Nullable HttpSession getSession() {
			return getSession(true);
		}

		/**
		 * Gives the session the idle timeout of who is in it now: signing in lengthens
		 * it, and the session is stored once the request is done.
		 */
		void settle() {
			if (!this.asked) {
				return;
			}
			HttpSession session = super.getSession(false);
			if (session != null) {
				setIdle(session,
						signedIn(session) ? SessionLifetimes.this.signedInIdle : SessionLifetimes.this.anonymousIdle);
			}
		}

		private boolean tooOld(HttpSession session) {
			return Instant.ofEpochMilli(session.getCreationTime())
				.plus(SessionLifetimes.this.absolute)
				.isBefore(Instant.now());
		}

		private static boolean signedIn(HttpSession session) {
			return session.getAttribute(
					HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
					&& context.getAuthentication() != null;
		}

		private static void setIdle(HttpSession session, Duration idle) {
			int seconds = (int) idle.toSeconds();
			if (session.getMaxInactiveInterval() != seconds) {
				session.setMaxInactiveInterval(seconds);
			}
		}

	}

}
