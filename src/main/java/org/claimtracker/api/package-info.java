/**
 * The API's audience: JSON for programs under /api/v1, with problem details and versioned
 * writes.
 */
@ApplicationModule(allowedDependencies = { "article", "claim", "correction", "extraction", "importing", "person",
		"quote", "search", "utterance", "common", "system" })
@NullMarked
package org.claimtracker.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
