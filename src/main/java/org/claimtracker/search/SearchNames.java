package org.claimtracker.search;

import java.util.List;
import java.util.Locale;

import org.claimtracker.common.Names;
import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Matches what a journalist typed to rows: speakers by name, forgiving typos (pg_trgm),
 * parties, outlets and topics by name, claims by number. A filter that matches nothing is
 * refused, naming the parameter, rather than answered with an empty page that looks like
 * "no quotes".
 */
@Repository
class SearchNames {

	/**
	 * How close a query word must come to a word of a name: {@code Osoff} comes to 0.625
	 * of {@code Jon Ossoff}, {@code Shumer} to 0.57 of {@code Chuck Schumer}.
	 */
	static final double WORD_SIMILARITY = 0.5;

	/**
	 * How close a speaker filter must come to a name; looser, as the filter says it is a
	 * name.
	 */
	static final double SPEAKER_SIMILARITY = 0.45;

	record Match(long id, String name) {

	}

	private final NamedParameterJdbcTemplate jdbc;

	SearchNames(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Speakers a name filter means: the person of that id, the exact name if someone has
	 * it, else the closest names.
	 */
	List<Match> speaker(String name, List<Publication> visible) {
		boolean id = !name.isEmpty() && name.length() <= 18 && name.chars().allMatch((c) -> c >= '0' && c <= '9');
		List<Match> exact = this.jdbc.query(id ? "select id, name from person where id = :id and status in (:status)"
				: "select id, name from person where lower(name) = lower(:name) and status in (:status) order by id",
				params(visible).addValue("id", id ? Long.parseLong(name) : -1).addValue("name", Names.tidy(name)),
				(rs, n) -> new Match(rs.getLong(1), rs.getString(2)));
		if (!exact.isEmpty()) {
			return exact;
		}
		if (id) {
			throw new BadSearchException("speaker", "There is no person " + name);
		}
		List<Match> close = speakersLike(name, visible, SPEAKER_SIMILARITY);
		if (close.isEmpty()) {
			throw new BadSearchException("speaker", "No speaker has a name like '" + shorten(name) + "'");
		}
		return close;
	}

	/**
	 * Speakers with a name as close as can be to the text, if close enough (trigram word
	 * similarity), among the 20 nearest names: the name index finds those without scoring
	 * every name.
	 */
	List<Match> speakersLike(String text, List<Publication> visible, double threshold) {
		return this.jdbc.query("""
				with nearest as (
				  select id, name, 1 - (:text <<-> name) as score from person
				   where status in (:status)
				   order by :text <<-> name limit 20)
				select id, name from nearest
				 where score >= :threshold and score >= (select max(score) from nearest) - 0.05
				 order by score desc, name limit 5""",
				params(visible).addValue("text", text).addValue("threshold", threshold),
				(rs, n) -> new Match(rs.getLong(1), rs.getString(2)));
	}

	/**
	 * The ids of the speakers of a party (-1 alone when it has none, so that the filter
	 * finds nothing).
	 */
	@Nullable List<Long> partySpeakers(@Nullable String party, List<Publication> visible) {
		if (party == null) {
			return null;
		}
		List<Long> ids = this.jdbc.queryForList("select id from person where party = :party and status in (:status)",
				params(visible).addValue("party", party(party, visible)), Long.class);
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	String party(String party, List<Publication> visible) {
		List<String> parties = parties(visible);
		String wanted = party.toLowerCase(Locale.ROOT);
		for (String known : parties) {
			if (known.toLowerCase(Locale.ROOT).equals(wanted)) {
				return known;
			}
		}
		List<String> starting = parties.stream()
			.filter((p) -> wanted.length() >= 3 && p.toLowerCase(Locale.ROOT).startsWith(wanted))
			.toList();
		if (starting.size() == 1) {
			return starting.get(0);
		}
		throw new BadSearchException("party",
				"Unknown party '" + shorten(party) + "'; known parties: " + String.join(", ", parties));
	}

	/**
	 * The outlet a filter names, by name in any case or by id, among the outlets of
	 * articles the asker may see, as the search form and the article list offer them. An
	 * outlet is stored published with an editor's first article in it, draft or not: an
	 * outlet known only from drafts is, for readers, no outlet at all.
	 */
	@Nullable Long outlet(@Nullable String outlet, List<Publication> visible) {
		if (outlet == null) {
			return null;
		}
		List<Long> ids = this.jdbc.queryForList(
				"""
						select id from outlet o where (lower(name) = lower(:outlet) or id::text = :outlet) and status in (:status)
						   and exists (select from article a where a.outlet_id = o.id and a.status in (:status))
						 order by id""",
				params(visible).addValue("outlet", Names.tidy(outlet)), Long.class);
		if (ids.isEmpty()) {
			throw new BadSearchException("outlet", "Unknown outlet '" + shorten(outlet) + "'");
		}
		return ids.get(0);
	}

	/** The topic a filter names, by slug, by name in any case or by id. */
	@Nullable Long topic(@Nullable String topic, List<Publication> visible) {
		if (topic == null) {
			return null;
		}
		List<Long> ids = this.jdbc.queryForList("""
				select id from topic where (slug = lower(:topic) or lower(name) = lower(:topic) or id::text = :topic)
				   and status in (:status) order by id""", params(visible).addValue("topic", Names.tidy(topic)),
				Long.class);
		if (ids.isEmpty()) {
			throw new BadSearchException("topic", "Unknown topic '" + shorten(topic) + "'");
		}
		return ids.get(0);
	}

	void checkClaim(long claim, List<Publication> visible) {
		List<Long> ids = this.jdbc.queryForList("select id from claim where id = :claim and status in (:status)",
				params(visible).addValue("claim", claim), Long.class);
		if (ids.isEmpty()) {
			throw new BadSearchException("claim", "There is no claim " + claim);
		}
	}

	SearchOptions options(List<Publication> visible, List<String> ratings) {
		MapSqlParameterSource params = params(visible);
		return new SearchOptions(parties(visible),
				this.jdbc.query("select slug, name from topic where status in (:status) order by name", params,
						(rs, n) -> new Facet(rs.getString(1), rs.getString(2), 0)),
				this.jdbc.queryForList("""
						select name from outlet o where status in (:status)
						   and exists (select from article a where a.outlet_id = o.id and a.status in (:status))
						 order by name""", params, String.class), ratings);
	}

	private List<String> parties(List<Publication> visible) {
		return this.jdbc.queryForList(
				"select distinct party from person where party is not null and status in (:status) order by party",
				params(visible), String.class);
	}

	/**
	 * Whether PostgreSQL drops every word of the query as too common to index ("the",
	 * "and").
	 */
	boolean onlyStopWords(String tsquery) {
		Integer nodes = this.jdbc.getJdbcTemplate()
			.queryForObject("select numnode(to_tsquery('english', ?))", Integer.class, tsquery);
		return nodes == null || nodes == 0;
	}

	private static MapSqlParameterSource params(List<Publication> visible) {
		return new MapSqlParameterSource("status", visible.stream().map(Enum::name).toList());
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

}
