package org.claimtracker.claim;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A rating as a checker gives it: a name ("Mostly false", "Pants on Fire!") and, when the
 * checker rates in numbers, the value with the best and worst of its scale. A null
 * checker is the newsroom itself.
 */
public record RatingGiven(@Nullable String name, @Nullable String value, @Nullable String best, @Nullable String worst,
		@Nullable String checker, @Nullable String reviewUrl, @Nullable LocalDate reviewedOn) {

}
