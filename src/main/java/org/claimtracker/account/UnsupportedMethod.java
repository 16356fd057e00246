package org.claimtracker.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Matches the requests Spring MVC refuses with 405: an address it maps, asked with a
 * method that none of its handlers there takes. No handler runs for them, so they can
 * change nothing.
 */
final class UnsupportedMethod implements RequestMatcher {

	private final HandlerMappingIntrospector mvc;

	UnsupportedMethod(HandlerMappingIntrospector mvc) {
		this.mvc = mvc;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		try {
			this.mvc.getMatchableHandlerMapping(request);
			return false;
		}
		catch (HttpRequestMethodNotSupportedException ex) {
			return true;
		}
		catch (Exception ex) {
			// any other failure to find a handler is MVC's to answer, with security's
			// usual checks first
			return false;
		}
	}

}
