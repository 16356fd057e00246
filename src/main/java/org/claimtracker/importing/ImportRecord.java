package org.claimtracker.importing;

import org.jspecify.annotations.Nullable;

/**
 * One record of an import file: where it is ({@code position}, counted from 0, what a
 * restart skips to), how a person finds it ("line 12", "entry 3", "page.html") and either
 * the item it gives or why it gives none. A notice about the file as a whole, such as the
 * columns of a CSV file that are ignored, is no record: its position is
 * {@link #NOT_A_RECORD}, it comes before the records and is not counted among them.
 */
public record ImportRecord<T>(String file, long position, String where, @Nullable T item, @Nullable String problem) {

	/** The position of a notice, which is no record. */
	public static final long NOT_A_RECORD = -1;

	public static <T> ImportRecord<T> of(String file, long position, String where, T item) {
		return new ImportRecord<>(file, position, where, item, null);
	}

	public static <T> ImportRecord<T> bad(String file, long position, String where, String problem) {
		return new ImportRecord<>(file, position, where, null, problem);
	}

	/** A notice about the file as a whole ("header"), which is no record. */
	public static <T> ImportRecord<T> notice(String file, String where, String problem) {
		return new ImportRecord<>(file, NOT_A_RECORD, where, null, problem);
	}

	/** Whether this is a record of the file, good or bad, rather than a notice. */
	public boolean isRecord() {
		return this.position != NOT_A_RECORD;
	}

}
