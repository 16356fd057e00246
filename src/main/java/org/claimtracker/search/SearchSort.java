package org.claimtracker.search;

/** How hits are ordered: best match first, or by the date the words were said. */
public enum SearchSort {

	RELEVANCE, NEWEST, OLDEST

}
