package org.claimtracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that must read their own writes read from the primary: every request of a
 * signed-in editor (the page after a save shows the save, however far the replica lags)
 * and every request that is not a GET or HEAD. Anonymous readers' pages, searches and
 * exports read from the replica.
 */
class PrimaryReads extends OncePerRequestFilter {

	private static final ThreadLocal<Boolean> PRIMARY = ThreadLocal.withInitial(() -> false);

	private final String sessionCookie;

	PrimaryReads(String sessionCookie) {
		this.sessionCookie = sessionCookie;
	}

	/** Whether the current thread's reads go to the primary. */
	static boolean now() {
		return PRIMARY.get();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (AnonymousRead.test(request, this.sessionCookie)) {
			chain.doFilter(request, response);
			return;
		}
		PRIMARY.set(true);
		try {
			chain.doFilter(request, response);
		}
		finally {
			PRIMARY.remove();
		}
	}

}
