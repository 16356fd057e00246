package org.claimtracker.article;

import java.time.LocalDate;

import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;

/**
 * What an editor may change of an article besides its text: title, outlet, byline, date and address,
 * stripped of surrounding spaces (a blank byline is none), the outlet tidied as names are.
 */
public record ArticleDetails(String title, String outlet, @Nullable String byline, LocalDate publishedOn, String url) {

	/**
	 * What an article's address may be: http or https, without the spaces (of any kind), quotation
	 * marks and angle brackets no address holds unencoded; spaces around it are dropped. An empty one
	 * passes this check: that it is missing is all there is to say.
	 */
	public static final String URL = "\\s*(https?://[^\\s\\p{Z}<>\"]+)?\\s*";

	public ArticleDetails {
		title = title.strip();
		outlet = Names.tidy(outlet);
		byline = (byline == null || byline.isBlank()) ? null : byline.strip();
		url = url.strip();
	}

}
