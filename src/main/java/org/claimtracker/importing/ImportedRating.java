package org.claimtracker.importing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rating as its checker gave it, with its own scale: a name ({@code alternateName}, or
 * a name on the newsroom's scale in a CSV file) and, when the checker rates in numbers,
 * the value with the best and worst of its scale. {@code checker} is null for the
 * newsroom's own ratings.
 */
public record ImportedRating(@Nullable String name, @Nullable String value, @Nullable String best,
		@Nullable String worst, @Nullable String checker, @Nullable String reviewUrl, @Nullable LocalDate reviewedOn) {

}
