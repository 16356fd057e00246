package org.claimtracker.system;

import org.claimtracker.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Renders the errors a reader can cause as pages in the site's layout, never as a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class ErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest() {
		return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
	}

}
