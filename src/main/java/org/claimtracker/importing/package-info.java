/**
 * Bulk import: articles (JSON Lines, saved HTML pages) and claims (CSV, schema.org
 * ClaimReview) read from files as a stream of records, each one either an item to add or
 * a problem to report.
 */
@ApplicationModule(
		allowedDependencies = { "article", "claim", "person", "quote", "correction", "extraction", "common" })
@NullMarked
package org.claimtracker.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
