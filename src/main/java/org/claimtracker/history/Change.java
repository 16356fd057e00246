package org.claimtracker.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hibernate.envers.RevisionType;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change of an item: when, by whom, what kind, and each field before and
 * after; {@code evidence} is set when the change was to one of a claim's evidence links
 * rather than to the item itself.
 */
public record Change(long revision, Instant at, @Nullable String by, String kind, @Nullable Evidence evidence,
		List<Field> fields) {

	/**
	 * The time to the second, as pages show it: HTML reads at most three digits of a
	 * second's fraction.
	 */
	public Change {
		at = at.truncatedTo(ChronoUnit.SECONDS);
	}

	/** The change recorded in that revision. */
	static Change of(Revision revision, RevisionType type, @Nullable Evidence evidence, List<Field> fields) {
		return new Change(revision.getId(), revision.getChangedAt(), revision.getUsername(), type.name(), evidence,
				fields);
	}

	/** Whether the change was to the item itself, not to its evidence. */
	public boolean own() {
		return this.evidence == null;
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

	/**
	 * The evidence link a change was to, and its quote: the words as they were then, and
	 * whether the quote still has a page the editor may see.
	 */
	public record Evidence(long id, long quote, String words, boolean quotePage) {

	}

}
