package org.claimtracker.reader;

import org.claimtracker.search.BadSearchException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A bad filter on a search's export or feed, which have no form to show it beside: the
 * 400 page says which filter and why.
 */
@ControllerAdvice(assignableTypes = { SearchController.class, FeedController.class })
class BadSearchPage {

	@ExceptionHandler(BadSearchException.class)
	ModelAndView badSearch(BadSearchException ex) {
		ModelAndView page = new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
		page.addObject("reason", ex.getMessage());
		return page;
	}

}
