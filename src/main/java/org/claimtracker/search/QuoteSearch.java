package org.claimtracker.search;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.claimtracker.claim.RatingScale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search's SQL for which quotes match: their count, facets and the ids of a page
 * ({@link HitDetails} reads what each hit shows). Small result sets are counted, faceted
 * and ranked in full. Large ones (more than {@link #EXACT_LIMIT} by the planner's
 * estimate, or found to be so) are ranked and faceted over their {@link #SAMPLE} most
 * recent hits, and their total is the planner's estimate: ranking and counting every one
 * of 100 000 hits means reading 100 000 rows, which no index avoids. The most recent hits
 * are found through a date window sized from the estimate, so that the GIN index on words
 * and dates hands over little more than the sample, whatever the word's frequency (see
 * {@link SearchService}).
 */
@Repository
class QuoteSearch {

	static final int EXACT_LIMIT = 1000;

	static final int SAMPLE = 500;

	static final int FACET_VALUES = 10;

	private final NamedParameterJdbcTemplate jdbc;

	QuoteSearch(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Has PostgreSQL plan each statement of this transaction for the values it is given.
	 * Searches of one shape share their SQL text, and once the driver prepares it the
	 * server may switch to one generic plan for all values, blind to how many quotes a
	 * word or a date range matches: a plan that walks a year of the date index to find a
	 * rare word took 200 ms where the plan for the values takes 12.
	 */
	void planForTheValues() {
		this.jdbc.getJdbcTemplate()
			.queryForObject("select set_config('plan_cache_mode', 'force_custom_plan', true)", String.class);
	}

	/**
	 * What the planner expects the search to find: cheap, and close enough to choose a
	 * strategy.
	 */
	long estimate(SearchConditions conditions) {
		return estimate(conditions.where());
	}

	/** The planner's estimate for one part of the conditions. */
	long estimate(SqlFragment where) {
		SqlFragment explain = SqlFragment.concat("explain (format json) select 1 from quote q where ", where);
		String plan = this.jdbc.queryForObject(explain.sql(), explain.parameterSource(), String.class);
		int at = plan.indexOf("\"Plan Rows\":");
		if (at < 0) {
			return Long.MAX_VALUE;
		}
		int from = at + "\"Plan Rows\":".length();
		int to = from;
		while (to < plan.length() && (Character.isDigit(plan.charAt(to)) || plan.charAt(to) == ' ')) {
			to++;
		}
		return Long.parseLong(plan.substring(from, to).strip());
	}

	/** The planner's estimate of the rows the filters find from a date on. */
	long estimateSince(SearchConditions conditions, LocalDate since) {
		return estimate(conditions.filtersWhere().and(SqlFragment.of("q.dated_on >= :since", "since", since)));
	}

	/**
	 * A window of recent dates: from {@code since} on, {@code share} of the searched
	 * dates.
	 */
	record Window(LocalDate since, double share) {

	}

	/**
	 * Total, facets and the ids of one page, from one pass over the hits: all of them, or
	 * a sample of the most recent, in a window of dates or not.
	 */
	Summary summary(SearchConditions conditions, SearchQuery query, boolean sampled, @Nullable Window window) {
		int cap = sampled ? SAMPLE : EXACT_LIMIT + 1;
		String order = switch (query.effectiveSort()) {
			case RELEVANCE -> "rank desc, dated_on desc, id desc";
			case NEWEST -> "dated_on desc, id desc";
			case OLDEST -> "dated_on, id";
		};
		SqlFragment where = conditions.where((window != null) ? window.share() : 1);
		if (window != null) {
			where = where.append(SqlFragment.of(" and q.dated_on >= :since", "since", window.since()));
		}
		SqlFragment statement = SqlFragment
			.concat("""
					with hits as materialized (
					  select m.id, m.speaker_id, m.dated_on,\s""", conditions.rank("m"), " as rank,\n", """
					     (select a.outlet_id from article a where a.id = m.article_id) as outlet_id,
					     array(select ct.topic_id from evidence e
					             join claim c on c.id = e.claim_id and c.status in (:status)
					             join claim_topic ct on ct.claim_id = e.claim_id
					            where e.quote_id = m.id and e.status in (:status)) as topic_ids,
					     array(select case when r.id is null then :notRated else r.name end from evidence e
					             join claim c on c.id = e.claim_id and c.status in (:status)
					             left join claim_rating r on r.claim_id = e.claim_id and r.checker is null
					                                     and r.status in (:status)
					            where e.quote_id = m.id and e.status in (:status)) as ratings
					from (select q.id, q.speaker_id, q.article_id, q.dated_on, q.search_vector
					        from quote q
					       where\s""", where, "\n           ", sampled ? "order by q.dated_on desc, q.id desc" : "",
					"\n           limit :cap) m),\n", "page as (select id, row_number() over (order by ", order,
					") as n from hits order by ", order, " limit :size offset :offset),\n",
					"""
							speakers as (select speaker_id, count(*) as n from hits group by speaker_id),
							outlets as (select outlet_id, count(*) as n from hits group by outlet_id),
							topics as (select t.topic_id, count(distinct h.id) as n from hits h cross join unnest(h.topic_ids) t(topic_id)
							           group by t.topic_id)
							select 'total' as facet, min(dated_on)::text as value, null as label, count(*) as n from hits
							union all
							select 'page', id::text, null, n from page
							union all
							select 'speaker', p.name, p.name, s.n from speakers s join person p on p.id = s.speaker_id
							union all
							(select 'party', p.party, p.party, sum(s.n)::bigint from speakers s join person p on p.id = s.speaker_id
							  where p.party is not null group by p.party)
							union all
							select 'outlet', o.name, o.name, x.n from outlets x join outlet o on o.id = x.outlet_id
							union all
							(select 'year', extract(year from h.dated_on)::text, null, count(*) from hits h group by 2)
							union all
							select 'topic', t.slug, t.name, x.n from topics x join topic t on t.id = x.topic_id and t.status in (:status)
							union all
							(select 'rating', x.name, x.name, count(distinct h.id) from hits h cross join unnest(h.ratings) x(name)
							  where x.name is not null group by x.name)
							""")
			.with("status", conditions.status())
			.with("notRated", RatingScale.NOT_RATED)
			.with("cap", cap)
			.with("size", query.size())
			.with("offset", query.offset());
		Summary summary = new Summary();
		this.jdbc.query(statement.sql(), statement.parameterSource(), (ResultSet rs) -> {
			String facet = rs.getString("facet");
			long n = rs.getLong("n");
			switch (facet) {
				case "total" -> {
					summary.counted = n;
					summary.oldest = (n > 0) ? LocalDate.parse(rs.getString("value")) : null;
				}
				case "page" -> summary.page.put(n, Long.parseLong(rs.getString("value")));
				default -> summary.facets.computeIfAbsent(facet, (f) -> new ArrayList<>())
					.add(new Facet(rs.getString("value"), label(rs.getString("label"), rs.getString("value")), n));
			}
		});
		summary.facets.values().forEach((values) -> values.sort((a, b) -> Long.compare(b.count(), a.count())));
		summary.facets.replaceAll((name, values) -> values.subList(0, Math.min(FACET_VALUES, values.size())));
		summary.facets.computeIfPresent("year", (name, values) -> {
			List<Facet> years = new ArrayList<>(values);
			years.sort((a, b) -> b.value().compareTo(a.value()));
			return years;
		});
		return summary;
	}

	/**
	 * The first and last dates on which a quote readers can find was said, and about how
	 * many quotes there are.
	 */
	DateRange dates() {
		return this.jdbc.getJdbcTemplate()
			.queryForObject(
					"""
							select min(dated_on), max(dated_on), (select reltuples::bigint from pg_class where oid = 'quote'::regclass)
							  from quote where listed""",
					(rs, n) -> new DateRange(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
							rs.getLong(3)));
	}

	record DateRange(@Nullable LocalDate first, @Nullable LocalDate last, long quotes) {

	}

	/**
	 * A page of hits in date order, and how many hits there are when reading the page
	 * told (else -1).
	 */
	record DatePage(List<Long> ids, long total) {

	}

	/**
	 * One page in date order, for pages past a sample: read straight from the date index
	 * while that reads few rows (see {@link #readsDateIndex}), else every hit found
	 * through the other indexes, counted and sorted.
	 */
	DatePage pageByDate(SearchConditions conditions, SearchQuery query, long hits, long quotes) {
		String direction = (query.effectiveSort() == SearchSort.OLDEST) ? "" : " desc";
		String order = " order by dated_on" + direction + ", id" + direction;
		SqlFragment found = SqlFragment.concat("select q.id, q.dated_on from quote q where ", conditions.where());
		if (readsDateIndex(query.offset() + query.size(), quotes, hits)) {
			SqlFragment page = found.append(order, " limit :size offset :offset")
				.with("size", query.size())
				.with("offset", query.offset());
			List<Long> ids = this.jdbc.query(page.sql(), page.parameterSource(), (rs, n) -> rs.getLong("id"));
			// a page cut short is the last one: the hits end on it
			boolean last = !ids.isEmpty() && ids.size() < query.size();
			return new DatePage(ids, last ? query.offset() + ids.size() : -1);
		}
		// a materialized CTE cannot be read in the date index's order; counting what it
		// holds is cheap
		SqlFragment counted = SqlFragment
			.concat("with hits as materialized (", found, "), counted as (select count(*) as n from hits)\n",
					"select c.n, h.id from counted c left join lateral (select id, dated_on from hits", order,
					" limit :size offset :offset) h on true order by h.dated_on", direction, ", h.id", direction)
			.with("size", query.size())
			.with("offset", query.offset());
		List<Long> ids = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.query(counted.sql(), counted.parameterSource(), (ResultSet rs) -> {
			total[0] = rs.getLong("n");
			long id = rs.getLong("id");
			if (!rs.wasNull()) {
				ids.add(id);
			}
		});
		return new DatePage(ids, total[0]);
	}

	/**
	 * Whether to read the date index in order, checking each row, rather than fetch every
	 * hit and sort them: the first reads about {@code through} × {@code quotes} ÷
	 * {@code hits} rows to reach the end of the page, the second reads every hit, each at
	 * about twice the cost of a row checked in passing.
	 */
	static boolean readsDateIndex(long through, long quotes, long hits) {
		return (double) through * quotes / Math.max(hits, 1) <= 2.0 * hits;
	}

	private static String label(String label, String value) {
		return (label != null) ? label : value;
	}

	/** What one pass over the hits found. */
	static final class Summary {

		long counted;

		/** The date of the oldest hit counted. */
		@Nullable LocalDate oldest;

		final SortedMap<Long, Long> page = new TreeMap<>();

		List<Long> pageIds() {
			return List.copyOf(this.page.values());
		}

		final Map<String, List<Facet>> facets = new LinkedHashMap<>();

	}

}
