package org.claimtracker.system;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtracker.common.MovedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sends a reader or a client who asks for a merged item on to the item it was merged
 * into, for good: the page's address answers 301, the API's 308 (which keeps the method).
 * Only reads are sent on; a change sent to the merged item's address is refused as not
 * found, since it was meant for an item that is gone.
 */
@ControllerAdvice(annotations = Controller.class)
class MovedAddresses {

	@ExceptionHandler(MovedException.class)
	Object moved(MovedException ex, HttpServletRequest request) {
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		String method = request.getMethod();
		String path = request.getRequestURI();
		String movedTo = movedTo(path, ex);
		if (movedTo.equals(path) || !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			if (!api) {
				return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
			}
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		String query = request.getQueryString();
		return ResponseEntity.status(api ? HttpStatus.PERMANENT_REDIRECT : HttpStatus.MOVED_PERMANENTLY)
			.header(HttpHeaders.LOCATION, movedTo + ((query != null) ? "?" + query : ""))
			.build();
	}

	/**
	 * The address with the item's id in it replaced by the one it moved to:
	 * {@code /claims/7/feed} becomes {@code /claims/3/feed}, {@code /claims/7.atom}
	 * {@code /claims/3.atom}.
	 */
	static String movedTo(String path, MovedException ex) {
		Matcher at = Pattern.compile("/" + Pattern.quote(ex.getWhat()) + "s/" + ex.getId() + "(?=[/.]|$)")
			.matcher(path);
		if (!at.find()) {
			return path;
		}
		return path.substring(0, at.start()) + "/" + ex.getWhat() + "s/" + ex.getMovedTo() + path.substring(at.end());
	}

}
