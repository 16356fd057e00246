package org.claimtracker.person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.common.BulkRevision;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People found by name many at a time, as an import's chunk names its speakers: each name
 * is the person of that name in any case and spacing, as
 * {@link PersonService#speakerNamed} finds one, or a new draft person, kept in history.
 */
@Service
public class PersonBatch {

	private final JdbcClient jdbc;

	PersonBatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The people of these names, by the names as given. */
	@Transactional
	public Map<String, Long> named(Collection<String> given) {
		Map<String, String> wanted = new LinkedHashMap<>();
		given.forEach((name) -> wanted.putIfAbsent(key(name), Names.tidy(name)));
		wanted.remove("");
		Map<String, Long> found = ids(wanted.keySet());
		List<String> missing = new ArrayList<>();
		wanted.forEach((key, name) -> {
			if (!found.containsKey(key)) {
				missing.add(name);
			}
		});
		if (!missing.isEmpty()) {
			String author = CurrentEditor.name();
			List<Long> added = this.jdbc.sql("""
					insert into person (name, status, created_by, updated_by)
					select name, 'DRAFT', :author, :author from unnest(:names::text[]) as t(name) returning id""")
				.param("author", author)
				.param("names", missing.toArray(String[]::new))
				.query(Long.class)
				.list();
			this.jdbc.sql("""
					insert into person_history (id, rev, revtype, name, party, description, status)
					select id, ?, 0, name, party, description, status from person where id = any(?)""")
				.params(BulkRevision.open(this.jdbc), added.toArray(Long[]::new))
				.update();
			found.putAll(ids(wanted.keySet()));
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

	private Map<String, Long> ids(Collection<String> keys) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select lower(name), min(id) from person where lower(name) = any(?) group by lower(name)")
			.param(keys.toArray(String[]::new))
			.query((rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

	private static String key(String name) {
		return Names.tidy(name).toLowerCase(Locale.ROOT);
	}

}
