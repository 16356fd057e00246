/**
 * Bulk import: articles (JSON Lines, saved HTML pages) and claims (CSV, schema.org
 * ClaimReview) read from files as a stream of records, each one either an item to add or
 * a problem to report; runs of them as Spring Batch jobs, resumable, from the command
 * line, the editors' upload page or the API; annotations from Hypothesis, placed in the
 * articles they annotate as proposed quotes; and the queue of articles whose proposed
 * quotes wait for review.
 */
@ApplicationModule(
		allowedDependencies = { "article", "claim", "person", "quote", "correction", "extraction", "common" })
@NullMarked
package org.claimtracker.importing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
