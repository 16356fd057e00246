package org.claimtracker.system;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses the {@link PageCacheFilter} keeps: the readers' pages (the home page,
 * articles, claims, quotes, people, topics, races, the method page) and the site's files.
 * Search, feeds, exports and everything editors use are always rendered.
 */
final class KeptPaths {

	/** A page gets an ETag of its body; a file keeps the headers its handler gave it. */
	enum Kind {

		PAGE, FILE

	}

	private static final List<String> PAGE_EXACT = List.of("/", "/about", "/claims", "/people", "/topics", "/races");

	private static final List<String> PAGE_PREFIXES = List.of("/articles/", "/claims/", "/quotes/", "/people/",
			"/topics/", "/races/");

	private static final List<String> FILE_PREFIXES = List.of("/css/", "/js/", "/img/", "/webjars/");

	@Nullable Kind kindOf(String path) {
		if (PAGE_EXACT.contains(path) || PAGE_PREFIXES.stream().anyMatch(path::startsWith)) {
			return Kind.PAGE;
		}
		if (FILE_PREFIXES.stream().anyMatch(path::startsWith)) {
			return Kind.FILE;
		}
		return null;
	}

}
