package org.claimtracker.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The requests that came to the management port, whatever their path: the management
 * server runs in a context of its own, which Spring Boot names "management". The site's
 * own port never matches, so {@code /actuator} there stays unknown.
 */
class ManagementRequests implements RequestMatcher {

	private static final String NAMESPACE = "management";

	@Override
	public boolean matches(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context != null && WebServerApplicationContext.hasServerNamespace(context, NAMESPACE);
	}

}
