package org.claimtracker.reader;

import java.nio.charset.StandardCharsets;

import org.springframework.web.util.UriUtils;

/**
 * The Atom feed a page links in its head ({@code <link rel="alternate">}), so that feed
 * readers find it from the page: the same search, newest first (see
 * {@link FeedController}).
 */
record FeedLink(String href, String title) {

	static FeedLink of(String parameter, String value, String title) {
		return new FeedLink(
				"/search.atom?" + parameter + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8), title);
	}

}
