package org.claimtracker.claim;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds claims by the words of their statement, as quote search finds quotes: every word
 * by its stem (PostgreSQL full text, {@code "phrases"}, {@code or}, {@code -word}), or a
 * statement close to the words typed, typos and all (pg_trgm); narrowed by the list's
 * filters, in the order asked. Both are answered from indexes on the statement (V18).
 */
@Component
class ClaimSearch {

	private static final String MATCHES = """
			where c.status in (:status)
			  and (cast(:kind as text) is null or c.kind = cast(:kind as text))
			  and (cast(:subject as bigint) is null or c.subject_id = cast(:subject as bigint))
			  and (cast(:topic as text) is null or exists (select 1 from claim_topic ct join topic t on t.id = ct.topic_id
			       where ct.claim_id = c.id and t.slug = cast(:topic as text)))
			  and (cast(:words as text) is null
			       or to_tsvector('english', c.statement) @@ websearch_to_tsquery('english', cast(:words as text))
			       or lower(cast(:words as text)) <% lower(c.statement))""";

	private final JdbcClient jdbc;

	ClaimSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of the ids of the claims found, in order, and how many there are. */
	Page<Long> ids(ClaimFilter filter, Collection<Publication> visible, Pageable page) {
		List<String> status = visible.stream().map(Publication::name).toList();
		long total = query("select count(*) from claim c " + MATCHES, filter, status).query(Long.class).single();
		List<Long> ids = query("select c.id from claim c " + MATCHES + " order by " + order(filter.effectiveSort())
				+ ", c.id limit :limit offset :offset", filter, status)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(Long.class)
			.list();
		return new PageImpl<>(ids, page, total);
	}

	private JdbcClient.StatementSpec query(String sql, ClaimFilter filter, List<String> status) {
		return this.jdbc.sql(sql)
			.param("status", status)
			.param("kind", (filter.kind() != null) ? filter.kind().name() : null)
			.param("subject", filter.subjectId())
			.param("topic", filter.topic())
			.param("words", filter.words());
	}

	/** The order's SQL: fixed text for each sort, never the asker's. */
	private static String order(ClaimSort sort) {
		return switch (sort) {
			case WRITTEN -> "c.id";
			case RELEVANCE -> """
					ts_rank(to_tsvector('english', c.statement), websearch_to_tsquery('english', cast(:words as text)))
					  + word_similarity(lower(cast(:words as text)), lower(c.statement)) desc""";
			case EVIDENCE -> "(select count(*) from evidence e where e.claim_id = c.id and e.status in (:status)) desc";
			case NEWEST -> "c.created_at desc";
			case RATED -> """
					(select max(r.rated_at) from claim_rating r where r.claim_id = c.id and r.checker is null
					   and r.status in (:status)) desc nulls last""";
		};
	}

}
