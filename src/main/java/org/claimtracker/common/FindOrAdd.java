package org.claimtracker.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows found by name many at a time, and added when missing, as an import's chunk finds
 * its outlets, speakers and topics: each name is looked up by its key, the name tidied
 * (see {@link Names}) in lower case.
 */
public final class FindOrAdd {

	private FindOrAdd() {
	}

	/**
	 * The ids of the rows named, by the names as given. {@code find} answers the ids of
	 * the rows it finds, by key; {@code add} adds rows of the tidied names not found,
	 * which are then found again.
	 */
	public static Map<String, Long> byName(Collection<String> given,
			Function<Collection<String>, Map<String, Long>> find, Consumer<List<String>> add) {
		Map<String, String> wanted = new LinkedHashMap<>();
		given.forEach((name) -> wanted.putIfAbsent(key(name), Names.tidy(name)));
		wanted.remove("");
		Map<String, Long> found = new HashMap<>(find.apply(wanted.keySet()));
		List<String> missing = wanted.entrySet()
			.stream()
			.filter((entry) -> !found.containsKey(entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		if (!missing.isEmpty()) {
			add.accept(missing);
			found.putAll(find.apply(wanted.keySet()));
		}
		Map<String, Long> byGiven = new HashMap<>();
		given.forEach((name) -> {
			Long id = found.get(key(name));
			if (id != null) {
				byGiven.put(name, id);
			}
		});
		return byGiven;
	}

	/** The key a name is found by: tidied, in lower case. */
	public static String key(String name) {
		return Names.tidy(name).toLowerCase(Locale.ROOT);
	}

}
