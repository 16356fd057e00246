/**
 * The reader's audience: every page anyone can open in a browser (articles, claims,
 * people, races, topics, quotes, search and its CSV).
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "pages", "person", "quote", "search", "utterance",
		"common", "system" })
@NullMarked
package org.claimtracker.reader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
