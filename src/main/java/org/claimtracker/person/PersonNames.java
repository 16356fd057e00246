package org.claimtracker.person;

import java.util.Collection;
import java.util.List;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds people by what someone typed, forgiving typos as quote search's speaker filter
 * does: trigram word similarity over the name index ({@code person_name_trgm_idx}), so
 * that {@code Osoff} finds Jon Ossoff without every name being scored.
 */
@Repository
class PersonNames {

	/**
	 * How close typed text must come to a word of a name, as for quote search's speaker
	 * filter: {@code Shumer} comes to 0.57 of {@code Chuck Schumer}.
	 */
	static final double SIMILARITY = 0.45;

	private final NamedParameterJdbcTemplate jdbc;

	PersonNames(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The ids of the people a filter means: the person of that id; whoever has that name,
	 * in any case; or else those with the closest names, closest first (at most five, all
	 * about as close as the closest).
	 */
	List<Long> named(String name, Collection<Publication> visible) {
		if (isId(name)) {
			return this.jdbc.queryForList("select id from person where id = :id and status in (:status)",
					params(visible).addValue("id", Long.parseLong(name)), Long.class);
		}
		List<Long> exact = this.jdbc.queryForList(
				"select id from person where lower(name) = lower(:name) and status in (:status) order by id",
				params(visible).addValue("name", name), Long.class);
		if (!exact.isEmpty()) {
			return exact;
		}
		return this.jdbc.queryForList("""
				with nearest as (
				  select id, name, 1 - (:name <<-> name) as score from person
				   where status in (:status)
				   order by :name <<-> name limit 20)
				select id from nearest
				 where score >= :threshold and score >= (select max(score) from nearest) - 0.05
				 order by score desc, name, id limit 5""",
				params(visible).addValue("name", name).addValue("threshold", SIMILARITY), Long.class);
	}

	/**
	 * A page of the ids of the people whose name has the text in it or comes close to it,
	 * the best match first (the name itself, then the closest, then by name); everyone,
	 * by name, when there is no text.
	 */
	Page<Long> matching(@Nullable String text, Collection<Publication> visible, Pageable page) {
		MapSqlParameterSource params = params(visible).addValue("limit", page.getPageSize())
			.addValue("offset", page.getOffset());
		if (text == null) {
			List<Long> ids = this.jdbc.queryForList(
					"select id from person where status in (:status) order by name, id limit :limit offset :offset",
					params, Long.class);
			return new PageImpl<>(ids, page, count("select count(*) from person where status in (:status)", params));
		}
		// the threshold of <% for this transaction, so that the name index answers it
		this.jdbc.queryForObject("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)",
				new MapSqlParameterSource("threshold", Double.toString(SIMILARITY)), String.class);
		params.addValue("text", text).addValue("pattern", "%" + likeEscaped(text) + "%");
		String matches = " from person where status in (:status) and (:text <% name or name ilike :pattern)";
		List<Long> ids = this.jdbc.queryForList("select id" + matches + """
				order by lower(name) = lower(:text) desc, word_similarity(:text, name) desc, name, id
				limit :limit offset :offset""", params, Long.class);
		return new PageImpl<>(ids, page, count("select count(*)" + matches, params));
	}

	/** Whether what was typed is an id: digits alone, few enough for a number. */
	static boolean isId(String text) {
		return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private long count(String sql, MapSqlParameterSource params) {
		Long count = this.jdbc.queryForObject(sql, params, Long.class);
		return (count != null) ? count : 0;
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static MapSqlParameterSource params(Collection<Publication> visible) {
		return new MapSqlParameterSource("status", visible.stream().map(Enum::name).toList());
	}

}
