package org.claimtracker.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL that reads what a reader sees of each hit: a page's hits, by the ids that
 * {@link QuoteSearch} chose, or every hit in the query's order, streamed for an export.
 */
@Repository
class HitDetails {

	/**
	 * A hit's details, with {@code text} as its headline: the statement up to its
	 * where-clause.
	 */
	private static SqlFragment details(SqlFragment text, SearchConditions conditions) {
		return SqlFragment
			.concat("""
					select q.id, q.exact, q.kind, q.said_on, not q.listed as draft, q.utterance_id, q.altered, p.id as speaker_id, p.name as speaker, p.party,
					       a.id as article_id, a.title, a.byline, a.published_on, a.url, o.id as outlet_id, o.name as outlet,\s""",
					text, " as headline,\n",
					"""
							       cl.ids as claim_ids, cl.statements as claim_statements, cl.stances as claim_stances
							  from quote q
							  join person p on p.id = q.speaker_id
							  join article a on a.id = q.article_id
							  join outlet o on o.id = a.outlet_id
							  left join lateral (
							       select array_agg(c.id order by c.id) as ids, array_agg(c.statement order by c.id) as statements,
							              array_agg(e.stance order by c.id) as stances
							         from evidence e join claim c on c.id = e.claim_id
							        where e.quote_id = q.id and e.status in (:status) and c.status in (:status)) cl on true
							""")
			.with("status", conditions.status());
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	HitDetails(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
		fetching.setFetchSize(500);
		this.streaming = new NamedParameterJdbcTemplate(fetching);
	}

	/** The hits of one page, in the order of {@code ids}. */
	List<QuoteHit> hits(SearchConditions conditions, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		SqlFragment statement = details(conditions.headline(), conditions)
			.append(SqlFragment.of(" where q.id in (:ids)", "ids", ids));
		Map<Long, QuoteHit> found = new LinkedHashMap<>();
		this.jdbc.query(statement.sql(), statement.parameterSource(), (ResultSet rs) -> {
			QuoteHit hit = hit(rs);
			found.put(hit.id(), hit);
		});
		return ids.stream().filter(found::containsKey).map(found::get).toList();
	}

	/**
	 * Every hit, in order, handed over one at a time while the rows stream from
	 * PostgreSQL.
	 */
	void each(SearchConditions conditions, SearchQuery query, boolean snippets, Consumer<QuoteHit> sink) {
		SqlFragment order = switch (query.effectiveSort()) {
			case RELEVANCE -> conditions.rank("q").append(" desc, q.dated_on desc, q.id desc");
			case NEWEST -> SqlFragment.of("q.dated_on desc, q.id desc");
			case OLDEST -> SqlFragment.of("q.dated_on, q.id");
		};
		SqlFragment statement = details(snippets ? conditions.headline() : SqlFragment.of("q.exact"), conditions)
			.append(" where ", conditions.where(), " order by ", order);
		this.streaming.query(statement.sql(), statement.parameterSource(), (ResultSet rs) -> {
			sink.accept(hit(rs));
		});
	}

	/** The exact number of hits, for exports. */
	long count(SearchConditions conditions) {
		SqlFragment count = SqlFragment.concat("select count(*) from quote q where ", conditions.where());
		Long n = this.jdbc.queryForObject(count.sql(), count.parameterSource(), Long.class);
		return (n != null) ? n : 0;
	}

	private static QuoteHit hit(ResultSet rs) throws SQLException {
		List<QuoteHit.ClaimStance> claims = new ArrayList<>();
		Array ids = rs.getArray("claim_ids");
		if (ids != null) {
			Long[] claimIds = (Long[]) ids.getArray();
			String[] statements = (String[]) rs.getArray("claim_statements").getArray();
			String[] stances = (String[]) rs.getArray("claim_stances").getArray();
			for (int i = 0; i < claimIds.length; i++) {
				claims.add(new QuoteHit.ClaimStance(claimIds[i], statements[i], Stance.valueOf(stances[i])));
			}
		}
		return new QuoteHit(rs.getLong("id"), rs.getString("exact"),
				Snippet.of(rs.getString("headline"), rs.getString("exact")), QuoteKind.valueOf(rs.getString("kind")),
				rs.getLong("speaker_id"), rs.getString("speaker"), rs.getString("party"), rs.getLong("article_id"),
				rs.getString("title"), rs.getLong("outlet_id"), rs.getString("outlet"), rs.getString("byline"),
				rs.getObject("published_on", LocalDate.class), rs.getString("url"),
				rs.getObject("said_on", LocalDate.class), claims, rs.getBoolean("draft"), rs.getLong("utterance_id"),
				rs.getBoolean("altered"));
	}

}
