package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.claimtracker.common.BulkRevision;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.ImportOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims taken from an import, a chunk at a time, in a few statements for the whole
 * chunk. A claim is the same as one already held when its words are, in any case and
 * spacing, and so is its subject: then only a new or changed rating changes it. What is
 * added is kept in history as one revision; a claim added that reads as the same claim as
 * one held before, in other words, is told as a likely duplicate.
 */
@Service
public class ClaimImports {

	private final JdbcClient jdbc;

	private final TopicBatch topics;

	private final ClaimMatches matches;

	ClaimImports(JdbcClient jdbc, TopicBatch topics, ClaimMatches matches) {
		this.jdbc = jdbc;
		this.topics = topics;
		this.matches = matches;
	}

	/** A claim by its words and subject, as claims are compared. */
	private record Key(String words, long subject) {

		static Key of(String statement, @Nullable Long subjectId) {
			return new Key(key(statement), subjectId == null ? -1 : subjectId);
		}

	}

	/**
	 * Takes the claims in order; answers what became of each, in the same order, with the
	 * claim held before that each one added likely duplicates.
	 */
	@Transactional
	public List<ClaimTaken> take(List<ClaimImport> given) {
		if (given.isEmpty()) {
			return List.of();
		}
		Map<Key, Long> held = held(given);
		Map<Key, ClaimImport> fresh = new LinkedHashMap<>();
		for (ClaimImport claim : given) {
			Key key = Key.of(claim.statement(), claim.subjectId());
			if (!held.containsKey(key)) {
				fresh.putIfAbsent(key, claim);
			}
		}
		Map<Key, Long> added = add(List.copyOf(fresh.values()));
		held.putAll(added);
		RatingBatch ratings = new RatingBatch(this.jdbc, held.values());
		Map<Long, Long> duplicates = this.matches.likelyDuplicatesOf(added.values());
		List<ClaimTaken> outcomes = new ArrayList<>();
		for (ClaimImport claim : given) {
			long id = held.get(Key.of(claim.statement(), claim.subjectId()));
			boolean rated = claim.rating() != null && ratings.rate(id, claim.rating(), claim.status());
			if (added.remove(Key.of(claim.statement(), claim.subjectId())) != null) {
				outcomes.add(new ClaimTaken(ImportOutcome.ADDED, id, duplicates.get(id)));
			}
			else {
				outcomes.add(new ClaimTaken(rated ? ImportOutcome.CORRECTED : ImportOutcome.UNCHANGED, id, null));
			}
		}
		ratings.save();
		return outcomes;
	}

	private Map<Key, Long> held(List<ClaimImport> given) {
		Map<Key, Long> held = new HashMap<>();
		this.jdbc.sql("""
				select lower(regexp_replace(statement, '\\s+', ' ', 'g')), coalesce(subject_id, -1), min(id) from claim
				where lower(regexp_replace(statement, '\\s+', ' ', 'g')) = any(?) group by 1, 2""")
			.param(given.stream().map((claim) -> key(claim.statement())).distinct().toArray(String[]::new))
			.query((rs) -> {
				held.put(new Key(rs.getString(1), rs.getLong(2)), rs.getLong(3));
			});
		return held;
	}

	private Map<Key, Long> add(List<ClaimImport> claims) {
		if (claims.isEmpty()) {
			return new HashMap<>();
		}
		String author = CurrentEditor.name();
		Map<Key, Long> ids = new LinkedHashMap<>();
		this.jdbc.sql("""
				insert into claim (statement, kind, subject_id, made_on, source_url, status, created_by, updated_by)
				select statement, 'FACTUAL', subject_id, made_on, source_url, status, :author, :author
				from unnest(:statements::text[], :subjects::bigint[], :dates::date[], :sources::text[], :states::text[])
				  as t(statement, subject_id, made_on, source_url, status)
				returning id, statement, subject_id""")
			.param("author", author)
			.param("statements", claims.stream().map((c) -> c.statement().strip()).toArray(String[]::new))
			.param("subjects", claims.stream().map(ClaimImport::subjectId).toArray(Long[]::new))
			.param("dates", claims.stream().map((c) -> Objects.toString(c.madeOn(), null)).toArray(String[]::new))
			.param("sources", claims.stream().map(ClaimImport::sourceUrl).toArray(String[]::new))
			.param("states", claims.stream().map((c) -> c.status().name()).toArray(String[]::new))
			.query((rs) -> {
				long subject = rs.getLong(3);
				ids.put(Key.of(rs.getString(2), rs.wasNull() ? null : subject), rs.getLong(1));
			});
		List<Long> claimIds = new ArrayList<>();
		List<Long> topicIds = new ArrayList<>();
		Map<String, Long> named = this.topics.named(claims.stream().flatMap((c) -> c.topics().stream()).toList(),
				claims.get(0).status());
		for (ClaimImport claim : claims) {
			long id = ids.get(Key.of(claim.statement(), claim.subjectId()));
			claim.topics().stream().map(named::get).filter(Objects::nonNull).distinct().forEach((topic) -> {
				claimIds.add(id);
				topicIds.add(topic);
			});
		}
		long revision = BulkRevision.open(this.jdbc);
		Long[] added = ids.values().toArray(Long[]::new);
		this.jdbc.sql("insert into claim_topic (claim_id, topic_id) select * from unnest(?::bigint[], ?::bigint[])")
			.params(claimIds.toArray(Long[]::new), topicIds.toArray(Long[]::new))
			.update();
		this.jdbc
			.sql("""
					insert into claim_history (id, rev, revtype, statement, kind, subject_id, status, made_on, source_url)
					select id, ?, 0, statement, kind, subject_id, status, made_on, source_url from claim where id = any(?)""")
			.params(revision, added)
			.update();
		this.jdbc.sql("""
				insert into claim_topic_history (rev, revtype, claim_id, topic_id)
				select ?, 0, claim_id, topic_id from claim_topic where claim_id = any(?)""")
			.params(revision, added)
			.update();
		return ids;
	}

	/** The claim's words as they are compared: in lower case, white space collapsed. */
	static String key(String statement) {
		return statement.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
