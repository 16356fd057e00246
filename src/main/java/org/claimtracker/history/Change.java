package org.claimtracker.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of an item: when, by whom, what kind, and each field before and
 * after.
 */
public record Change(long revision, Instant at, @Nullable String by, String kind, List<Field> fields) {

	/**
	 * The time to the second, as pages show it: HTML reads at most three digits of a
	 * second's fraction.
	 */
	public Change {
		at = at.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * A field that changed; {@code before} is null for a new item, {@code after} for a
	 * deleted one; {@code text} shows a long text's change word by word.
	 */
	public record Field(String name, @Nullable String before, @Nullable String after, @Nullable TextChange text) {

		Field(String name, @Nullable String before, @Nullable String after) {
			this(name, before, after, TextChange.of(before, after));
		}

	}

}
