package org.claimtracker.utterance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.claimtracker.quote.QuoteKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The quote rows utterances are made of, read and flagged in SQL: a quote's words, the
 * candidates it may repeat (found through the per-speaker trigram index on the normalised
 * words, never by reading a speaker's quotes one by one), and the altered flag.
 */
@Repository
class UtteranceRows {

	static final int MOST_CANDIDATES = 50;

	private static final String COLUMNS = """
			select q.id, q.kind, q.exact, a.published_on, q.speaker_id, q.utterance_id
			  from quote q join article a on a.id = q.article_id
			""";

	/**
	 * The candidates of a quote with these runs of four words: each run is two
	 * neighbouring word trigrams, which the index finds together.
	 */
	static String candidates(int runs) {
		StringBuilder sql = new StringBuilder(COLUMNS).append("""
				where q.id <> ? and q.kind <> 'PARAPHRASE' and (""");
		for (int i = 0; i < runs; i++) {
			sql.append((i > 0) ? " or " : "").append("q.utterance_keys @> ?::text[]");
		}
		return sql.append(") limit ?").toString();
	}

	private final JdbcTemplate jdbc;

	UtteranceRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A quote with the speaker and utterance it has now. */
	record Row(UtteranceVersion version, long speakerId, long utteranceId) {

		long quoteId() {
			return this.version.quoteId();
		}

	}

	Row row(long quoteId) {
		return this.jdbc.queryForObject(COLUMNS + " where q.id = ?", UtteranceRows::row, quoteId);
	}

	/**
	 * The speaker's other quotes that share a run of four normalised words with the
	 * quote: what the matcher then compares word by word. Runs start at every other word,
	 * so any five words of the quote in a row hold one. The runs carry the speaker, so
	 * the index finds only the speaker's quotes.
	 */
	List<Row> candidates(Row quote) {
		List<List<String>> runs = runs(keys(quote.quoteId()));
		if (runs.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(quote.quoteId());
		arguments.addAll(runs.stream().map((run) -> run.toArray(String[]::new)).toList());
		arguments.add(MOST_CANDIDATES);
		return this.jdbc.query(candidates(runs.size()), UtteranceRows::row, arguments.toArray());
	}

	/** The quote's word trigrams in the order of its words. */
	List<String> keys(long quoteId) {
		String[] keys = this.jdbc.queryForObject("select utterance_keys from quote where id = ?",
				(rs, n) -> (String[]) rs.getArray(1).getArray(), quoteId);
		return (keys != null) ? List.of(keys) : List.of();
	}

	/** Neighbouring trigrams, from every other word and the last two. */
	static List<List<String>> runs(List<String> keys) {
		List<List<String>> runs = new ArrayList<>();
		for (int i = 0; i + 1 < keys.size(); i += 2) {
			runs.add(keys.subList(i, i + 2));
		}
		if (keys.size() >= 2 && keys.size() % 2 == 1) {
			runs.add(keys.subList(keys.size() - 2, keys.size()));
		}
		return runs;
	}

	List<UtteranceVersion> versions(long utteranceId) {
		return this.jdbc.query(COLUMNS + " where q.utterance_id = ?", (rs, n) -> row(rs, n).version(), utteranceId);
	}

	int count(long utteranceId) {
		Integer count = this.jdbc.queryForObject("select count(*) from quote where utterance_id = ?", Integer.class,
				utteranceId);
		return (count != null) ? count : 0;
	}

	void moveQuote(long quoteId, long utteranceId) {
		this.jdbc.update("update quote set utterance_id = ? where id = ?", utteranceId, quoteId);
	}

	long speakerOf(long utteranceId) {
		Long speaker = this.jdbc.queryForObject("select speaker_id from utterance where id = ?", Long.class,
				utteranceId);
		return (speaker != null) ? speaker : -1;
	}

	/**
	 * Flags each version that alters the utterance's reference version, and unflags the
	 * rest; rows already right are left alone.
	 */
	void refreshAltered(long utteranceId) {
		List<UtteranceVersion> versions = versions(utteranceId);
		if (versions.isEmpty()) {
			return;
		}
		List<UtteranceVersion> ordered = UtteranceVersion.ordered(versions);
		String reference = ordered.get(0).words();
		List<Object[]> flags = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			boolean altered = i > 0 && Comparison.of(reference, ordered.get(i).words()).altered();
			flags.add(new Object[] { altered, ordered.get(i).quoteId(), altered });
		}
		this.jdbc.batchUpdate("update quote set altered = ? where id = ? and altered <> ?", flags);
	}

	/** Every quote of a speaker, for regrouping from scratch, earliest reported first. */
	List<Row> bySpeaker(long speakerId) {
		return this.jdbc.query(COLUMNS + " where q.speaker_id = ? order by a.published_on, q.id", UtteranceRows::row,
				speakerId);
	}

	List<Long> speakers() {
		return this.jdbc.queryForList("select distinct speaker_id from quote order by 1", Long.class);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		UtteranceVersion version = new UtteranceVersion(rs.getLong("id"), QuoteKind.valueOf(rs.getString("kind")),
				rs.getString("exact"), rs.getObject("published_on", java.time.LocalDate.class));
		return new Row(version, rs.getLong("speaker_id"), rs.getLong("utterance_id"));
	}

}
