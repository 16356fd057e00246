/**
 * Searching quotes: the query, its facets and sorting, and the hits.
 */
@ApplicationModule(allowedDependencies = { "claim", "quote", "common" })
@NullMarked
package org.claimtracker.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
