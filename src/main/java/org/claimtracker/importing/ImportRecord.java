package org.claimtracker.importing;

import org.jspecify.annotations.Nullable;

/**
 * One record of an import file: where it is ({@code position}, counted from 0, what a
 * restart skips to), how a person finds it ("line 12", "entry 3", "page.html") and either
 * the item it gives or why it gives none.
 */
public record ImportRecord<T>(String file, long position, String where, @Nullable T item, @Nullable String problem) {

	public static <T> ImportRecord<T> of(String file, long position, String where, T item) {
		return new ImportRecord<>(file, position, where, item, null);
	}

	public static <T> ImportRecord<T> bad(String file, long position, String where, String problem) {
		return new ImportRecord<>(file, position, where, null, problem);
	}

}
