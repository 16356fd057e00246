package org.claimtracker.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away a sign-in attempt before checking the password when its account or address
 * must wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		Duration wait = this.throttle.waitFor(SignInThrottle.account((username != null) ? username : ""),
				SignInThrottle.address(request.getRemoteAddr()));
		if (!wait.isZero()) {
			SignInName.keep(request);
			response.setHeader("Retry-After", Long.toString(wait.toSeconds() + 1));
			response.sendRedirect(request.getContextPath() + "/login?wait=" + (wait.toSeconds() + 1));
			return;
		}
		chain.doFilter(request, response);
	}

}
