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

	private static final String CANDIDATE_COLUMNS = """
			select q.id, q.kind, q.exact, a.published_on, q.speaker_id, q.utterance_id
			  from quote n, quote q join article a on a.id = q.article_id
			""";

	/** The candidates' query, for {@link #candidates} and for showing its plan. */
	static final String CANDIDATES = CANDIDATE_COLUMNS + """
			where n.id = ? and q.utterance_keys && n.utterance_keys and q.id <> n.id and q.kind <> 'PARAPHRASE'
			order by cardinality(array(select unnest(q.utterance_keys) intersect select unnest(n.utterance_keys))) desc,
			      q.id
			limit ?""";

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
	 * The speaker's other quotes that share a run of three normalised words with the
	 * quote, those sharing most first: what the matcher then compares word by word. The
	 * runs carry the speaker, so the index finds only the speaker's quotes.
	 */
	List<Row> candidates(Row quote) {
		return this.jdbc.query(CANDIDATES, UtteranceRows::row, quote.quoteId(), MOST_CANDIDATES);
	}

	List<UtteranceVersion> versions(long utteranceId) {
		return this.jdbc.query(COLUMNS + " where q.utterance_id = ?", (rs, n) -> row(rs, n).version(), utteranceId);
	}

	int count(long utteranceId) {
		Integer count = this.jdbc.queryForObject("select count(*) from quote where utterance_id = ?", Integer.class,
				utteranceId);
		return (count != null) ? count : 0;
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
