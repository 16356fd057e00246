package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a CSV file of claims, from its header row. A column is known by its name
 * in any case, spaces, underscores and hyphens aside: "Source URL", "source_url" and
 * "SOURCE-URL" are one column. Columns of other names are ignored.
 */
final class CsvColumns {

	static final String STATEMENT = "statement";

	static final String SPEAKER = "speaker";

	static final String DATE = "date";

	static final String TOPICS = "topics";

	static final String SOURCE_URL = "sourceurl";

	static final String RATING = "rating";

	private static final List<String> KNOWN = List.of(STATEMENT, SPEAKER, DATE, TOPICS, SOURCE_URL, RATING);

	private final Map<String, Integer> indexes;

	private final List<String> unknown;

	private CsvColumns(Map<String, Integer> indexes, List<String> unknown) {
		this.indexes = indexes;
		this.unknown = unknown;
	}

	/**
	 * The columns of a header row; a file without a statement column is no file of
	 * claims.
	 */
	static CsvColumns of(@Nullable CSVRecord header) {
		Map<String, Integer> indexes = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		if (header != null) {
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip();
				String key = key(name);
				if (KNOWN.contains(key)) {
					if (indexes.putIfAbsent(key, i) != null) {
						throw new WrongFileException(
								"expected a CSV file with one column of each name, but the column \"" + name
										+ "\" appears twice");
					}
				}
				else if (!name.isEmpty()) {
					unknown.add(name);
				}
			}
		}
		if (!indexes.containsKey(STATEMENT)) {
			throw new WrongFileException("expected a CSV file of claims whose first row names its columns, with "
					+ "at least a \"statement\" column, but this file has no \"statement\" column");
		}
		return new CsvColumns(indexes, unknown);
	}

	/** What a column name is known by: "Source URL" is "sourceurl". */
	private static String key(String name) {
		return name.replaceAll("[\\s_\\-\\uFEFF]", "").toLowerCase(Locale.ROOT);
	}

	/** The names of the columns that are ignored, as the header gives them. */
	List<String> unknown() {
		return this.unknown;
	}

	/**
	 * The value of a known column in a row, or "" when the row is short of it or the file
	 * has none.
	 */
	String get(CSVRecord row, String column) {
		Integer index = this.indexes.get(column);
		return (index != null && index < row.size()) ? row.get(index) : "";
	}

}
