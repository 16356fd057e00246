package org.claimtracker.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.BulkRevision;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.FindOrAdd;
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
		return FindOrAdd.byName(given, this::ids, this::add);
	}

	private void add(List<String> names) {
		List<Long> added = this.jdbc.sql("""
				insert into person (name, status, created_by, updated_by)
				select name, 'DRAFT', :author, :author from unnest(:names::text[]) as t(name) returning id""")
			.param("author", CurrentEditor.name())
			.param("names", names.toArray(String[]::new))
			.query(Long.class)
			.list();
		this.jdbc.sql("""
				insert into person_history (id, rev, revtype, name, party, description, status)
				select id, ?, 0, name, party, description, status from person where id = any(?)""")
			.params(BulkRevision.open(this.jdbc), added.toArray(Long[]::new))
			.update();
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

}
