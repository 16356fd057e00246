package org.claimtracker.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The existing claims closest in meaning to some words (a quote, or a claim being written
 * or imported), so that the same claim is not written twice. One ranking for every place
 * that suggests claims: the stems the words share with a statement (full text, any of
 * them, ranked), plus how alike the two read letter by letter (trigrams, so other forms
 * of the same words and typos still count), plus a little when the claim is about the
 * same person. Candidates come from the two indexes on statements (V18), never a scan;
 * drafts are included, as editors see them.
 */
@Service
public class ClaimMatches {

	/**
	 * The score from which a claim reads as the same claim in other words, not only a
	 * claim on the same matter: what an import reports as a likely duplicate. Set between
	 * the scores of the project's test pairs: rewordings of one claim score 0.56 and
	 * more, other claims about the same person on the same matter 0.45 and less.
	 */
	public static final double LIKELY_DUPLICATE = 0.5;

	/** Below this score a claim shares too little with the words to be suggested. */
	static final double AT_LEAST = 0.1;

	/** What a claim about the same person adds to its score. */
	static final double SAME_SUBJECT = 0.15;

	/**
	 * What a claim about another person takes from a claim's score: two claims about
	 * different people are not the same claim, however alike their words. A quote may
	 * bear on a claim about someone else, so quotes lose nothing by it.
	 */
	static final double OTHER_SUBJECT = 0.5;

	/** The words' stems, any of them: a claim need not share every word to match. */
	private static final String ANY_STEM = "replace(plainto_tsquery('english', :words)::text, '&', '|')::tsquery";

	private static final String SCORE = "ts_rank(to_tsvector('english', c.statement), " + ANY_STEM + ")"
			+ " + similarity(lower(c.statement), lower(:words))" + " + case when c.subject_id = :subject then "
			+ SAME_SUBJECT + " when c.subject_id is not null and :subject <> -1 then -:other else 0 end";

	private static final String CANDIDATES = "(to_tsvector('english', c.statement) @@ " + ANY_STEM
			+ " or lower(c.statement) % lower(:words))";

	private final JdbcClient jdbc;

	private final ClaimRepository claims;

	private final ClaimSummaries summaries;

	ClaimMatches(JdbcClient jdbc, ClaimRepository claims, ClaimSummaries summaries) {
		this.jdbc = jdbc;
		this.claims = claims;
		this.summaries = summaries;
	}

	/** A claim suggested for some words, and how close it came. */
	public record Match(long id, double score) {

		public boolean likelyDuplicate() {
			return this.score >= LIKELY_DUPLICATE;
		}

	}

	/**
	 * The claims closest to a quote's words, closest first, up to {@code limit}; those
	 * about its speaker rank a little higher.
	 */
	@Transactional(readOnly = true)
	public List<ClaimSummary> closestToQuote(String words, long speakerId, int limit) {
		return summaries(rank(words, speakerId, 0, null, limit));
	}

	/**
	 * The claims closest to a claim's statement (one being written, {@code except} when
	 * it is saved), closest first, up to {@code limit}; those about its subject rank
	 * higher, those about another person lower.
	 */
	@Transactional(readOnly = true)
	public List<Match> closestToClaim(String statement, @Nullable Long subjectId, @Nullable Long except, int limit) {
		return rank(statement, subjectId, OTHER_SUBJECT, except, limit);
	}

	/** As {@link #closestToClaim}, the claims as lists show them. */
	@Transactional(readOnly = true)
	public List<ClaimSummary> claimsClosestToClaim(String statement, @Nullable Long subjectId, @Nullable Long except,
			int limit) {
		return summaries(closestToClaim(statement, subjectId, except, limit));
	}

	private List<Match> rank(String words, @Nullable Long subjectId, double other, @Nullable Long except, int limit) {
		if (words.isBlank()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, score from (select c.id, " + SCORE + " as score from claim c where " + CANDIDATES
					+ " and c.id <> coalesce(cast(:except as bigint), -1)) ranked"
					+ " where score >= :least order by score desc, id desc limit :limit")
			.param("words", words.strip())
			.param("subject", (subjectId != null) ? subjectId : -1L)
			.param("other", other)
			.param("except", except)
			.param("least", AT_LEAST)
			.param("limit", limit)
			.query((rs, n) -> new Match(rs.getLong(1), rs.getDouble(2)))
			.list();
	}

	private List<ClaimSummary> summaries(List<Match> matches) {
		List<Long> ids = matches.stream().map(Match::id).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ClaimCount> found = new ArrayList<>(this.claims.findCountsOf(ids, EnumSet.allOf(Publication.class)));
		found.sort(Comparator.comparingInt((ClaimCount count) -> ids.indexOf(count.id())));
		return this.summaries.of(found);
	}

	/**
	 * For each of those claims, the closest other claim if it reads as the same claim
	 * ({@link #LIKELY_DUPLICATE}), leaving out the claims among them: what claims just
	 * imported duplicate of those already held. One query for them all.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> likelyDuplicatesOf(Collection<Long> claimIds) {
		Map<Long, Long> duplicates = new LinkedHashMap<>();
		if (claimIds.isEmpty()) {
			return duplicates;
		}
		String score = SCORE.replace(":words", "n.statement")
			.replace(":subject", "coalesce(n.subject_id, -1)")
			.replace(":other", Double.toString(OTHER_SUBJECT));
		String candidates = CANDIDATES.replace(":words", "n.statement");
		this.jdbc
			.sql("select n.id, m.id from claim n cross join lateral (select c.id, " + score
					+ " as score from claim c where " + candidates
					+ " and c.id <> all(:ids) order by score desc, c.id desc limit 1) m"
					+ " where n.id = any(:ids) and m.score >= :likely order by n.id")
			.param("ids", claimIds.toArray(Long[]::new))
			.param("likely", LIKELY_DUPLICATE)
			.query((rs) -> {
				duplicates.put(rs.getLong(1), rs.getLong(2));
			});
		return duplicates;
	}

}
