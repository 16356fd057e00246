package org.claimtracker.system;

import org.claimtracker.common.NotFoundException;
import org.claimtracker.common.SavedAtOnce;
import org.claimtracker.common.UnstorableText;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** Renders the errors a reader can cause as pages in the site's layout, never as a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		if (UnstorableText.caused(ex)) {
			page.addObject("reason", UnstorableText.MESSAGE);
		}
		else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			page.addObject("reason", "The value of '" + mismatch.getName() + "' is not one this address takes.");
		}
		return page;
	}

	/**
	 * What the database refused to store: text it cannot hold that got past binding (a bad request), or
	 * something unique saved twice at once (a conflict). Nothing was stored.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView notStored(DataIntegrityViolationException ex) {
		if (UnstorableText.caused(ex)) {
			ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
			page.addObject("reason", UnstorableText.MESSAGE);
			return page;
		}
		if (SavedAtOnce.caused(ex)) {
			ModelAndView page = page(HttpStatus.CONFLICT);
			page.addObject("reason", SavedAtOnce.MESSAGE);
			return page;
		}
		throw ex;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ModelAndView status(ResponseStatusException ex) {
		ModelAndView page = page(ex.getStatusCode());
		page.addObject("reason", ex.getReason());
		return page;
	}

	/**
	 * The page for any error status: 400 and 404 have their own, others share one whose message says
	 * what happened in plain words ({@code kind} picks it: 403, 405, other 4xx, 5xx).
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
