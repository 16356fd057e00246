package org.claimtracker.importing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A claim as a file gives it: its statement, who made it (a name, matched to the people
 * already known), when and where it was first made, its topics (slugs or names) and, when
 * it was checked, its rating.
 */
public record ImportedClaim(String statement, @Nullable String speaker, @Nullable LocalDate madeOn,
		@Nullable String sourceUrl, List<String> topics, @Nullable ImportedRating rating) {

	public ImportedClaim {
		topics = List.copyOf(topics);
	}

}
