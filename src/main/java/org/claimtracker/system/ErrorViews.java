package org.claimtracker.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Picks the site's error page for errors that reach Boot's error controller instead of a
 * controller advice (refused by security, an unsupported method, a failure anywhere):
 * Boot's own lookup finds only {@code error/<status>} and {@code error/4xx}, and
 * otherwise shows its whitelabel page.
 */
@Component
class ErrorViews implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView page = ErrorPages.page(status);
		page.addObject("status", status.value());
		// refused for the account's role, not for an expired form: say so rather than
		// suggest a reload
		if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof AccessDeniedException denied
				&& !(denied instanceof CsrfException)) {
			page.addObject("kind", "403role");
		}
		return page;
	}

}
