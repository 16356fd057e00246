package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.List;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;

/**
 * A claim to take from an import: its statement, its subject (a person already found or
 * added), when and where it was first made, its topics (slugs or names) and its rating.
 */
public record ClaimImport(String statement, @Nullable Long subjectId, @Nullable LocalDate madeOn,
		@Nullable String sourceUrl, List<String> topics, @Nullable RatingGiven rating, Publication status) {

}
