package org.claimtracker.system;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.claimtracker.common.NotFoundException;
import org.claimtracker.common.SavedAtOnce;
import org.claimtracker.common.UnknownFilterException;
import org.claimtracker.common.UnstorableText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders the errors a reader can cause as pages in the site's layout, never as a stack
 * trace; for a client that asks for JSON, as problem details.
 */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	Object notFound(HttpServletRequest request) {
		return answer(request, new ModelAndView("error/404", HttpStatus.NOT_FOUND));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	Object badRequest(Exception ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		if (UnstorableText.caused(ex)) {
			page.addObject("reason", UnstorableText.MESSAGE);
		}
		else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			page.addObject("reason", "The value of '" + mismatch.getName() + "' is not one this address takes.");
		}
		return answer(request, page);
	}

	/** A list filter that names nothing there is, said as a sentence. */
	@ExceptionHandler(UnknownFilterException.class)
	Object unknownFilter(UnknownFilterException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("reason", ex.getMessage() + ".");
		return answer(request, page);
	}

	/**
	 * An address with a percent-encoded byte that is no UTF-8 ({@code ?q=%ff}): Tomcat
	 * cannot read its parameters, so there is no value to name.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	Object undecodable(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("reason", "The address holds a percent-encoded character that is not UTF-8, such as %ff.");
		return answer(request, page);
	}

	/**
	 * What the database refused to store: text it cannot hold that got past binding (a
	 * bad request), or something unique saved twice at once (a conflict). Nothing was
	 * stored.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object notStored(DataIntegrityViolationException ex, HttpServletRequest request) {
		if (UnstorableText.caused(ex)) {
			ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
			page.addObject("reason", UnstorableText.MESSAGE);
			return answer(request, page);
		}
		if (SavedAtOnce.caused(ex)) {
			ModelAndView page = page(HttpStatus.CONFLICT);
			page.addObject("reason", SavedAtOnce.MESSAGE);
			return answer(request, page);
		}
		throw ex;
	}

	@ExceptionHandler(ResponseStatusException.class)
	Object status(ResponseStatusException ex, HttpServletRequest request) {
		ModelAndView page = page(ex.getStatusCode());
		page.addObject("reason", ex.getReason());
		return answer(request, page);
	}

	/**
	 * The page, or for a client that asks for JSON and not for HTML, the same status and
	 * reason as problem details, as the errors that reach Boot's error controller are.
	 */
	private static Object answer(HttpServletRequest request, ModelAndView page) {
		HttpStatusCode status = page.getStatus();
		if (status == null || !wantsJson(request)) {
			return page;
		}
		Object reason = page.getModel().get("reason");
		String detail = (reason != null) ? reason.toString() : (status.value() == 404)
				? "There is nothing at this address" : HttpStatus.valueOf(status.value()).getReasonPhrase();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		boolean html = types.stream().anyMatch((t) -> t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType());
		boolean json = types.stream()
			.anyMatch((t) -> "application".equals(t.getType())
					&& ("json".equals(t.getSubtype()) || t.getSubtype().endsWith("+json")));
		return json && !html;
	}

	/**
	 * The page for any error status: 400 and 404 have their own, others share one whose
	 * message says what happened in plain words ({@code kind} picks it: 403, 405, other
	 * 4xx, 5xx).
	 */
	static ModelAndView page(HttpStatusCode status) {
		int code = status.value();
		if (code == 400 || code == 404) {
			return new ModelAndView("error/" + code, status);
		}
		ModelAndView page = new ModelAndView("error/error", status);
		page.addObject("status", code);
		String kind = status.is5xxServerError() ? "5xx" : "4xx";
		page.addObject("kind", (code == 403 || code == 405) ? Integer.toString(code) : kind);
		return page;
	}

}
