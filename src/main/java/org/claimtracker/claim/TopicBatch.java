package org.claimtracker.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.FindOrAdd;
import org.claimtracker.common.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics found by slug or name many at a time, as an import's chunk names them: each name
 * is the topic with that slug or that name in any case, or a new topic.
 */
@Service
class TopicBatch {

	private final JdbcClient jdbc;

	TopicBatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The topics of these names, by the names as given; new ones in that state. */
	@Transactional
	public Map<String, Long> named(Collection<String> given, Publication status) {
		return FindOrAdd.byName(given, this::ids,
				(names) -> this.jdbc
					.sql("""
							insert into topic (slug, name, status, created_by, updated_by)
							select slug, name, :status, :author, :author from unnest(:slugs::text[], :names::text[]) as t(slug, name)
							on conflict do nothing""")
					.param("status", status.name())
					.param("author", CurrentEditor.name())
					.param("slugs", names.stream().map(TopicService::slug).toArray(String[]::new))
					.param("names", names.toArray(String[]::new))
					.update());
	}

	/** The topics whose slug or lower-case name is one of these, by that key. */
	private Map<String, Long> ids(Collection<String> keys) {
		Map<String, Long> ids = new HashMap<>();
		String[] wanted = keys.toArray(String[]::new);
		this.jdbc.sql(
				"select id, slug, lower(name) from topic where slug = any(:keys) or lower(name) = any(:keys) order by id")
			.param("keys", wanted)
			.query((rs) -> {
				ids.putIfAbsent(rs.getString(2), rs.getLong(1));
				ids.putIfAbsent(rs.getString(3), rs.getLong(1));
			});
		ids.keySet().retainAll(keys);
		return ids;
	}

}
