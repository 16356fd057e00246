package org.claimtracker.article;

import org.claimtracker.common.NotFoundException;

/** No published article has the id a reader asked for. */
public class ArticleNotFoundException extends NotFoundException {

	public ArticleNotFoundException(long id) {
		super("article", id);
	}

}
