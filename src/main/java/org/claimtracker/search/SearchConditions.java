package org.claimtracker.search;

import java.util.ArrayList;
import java.util.List;

import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;

/**
 * The where-clause of a search over {@code quote q}, composed of fixed SQL fragments;
 * every value the user gave travels as a bind parameter of its fragment.
 */
final class SearchConditions {

	/** The words' condition, answered by the word index unless hidden from it. */
	private static final String WORDS = "q.search_vector @@ to_tsquery('english', :tsquery)";

	/**
	 * Up to this many rows found by the filters, checking the words on each of them beats
	 * the word index when the words are in more quotes than twice that: the index hands
	 * over every quote with the word, whatever the filters and dates (tens of
	 * milliseconds for a common word).
	 */
	private static final long FEW_ROWS = 20_000;

	private final List<SqlFragment> conditions = new ArrayList<>();

	/** The publication states the searcher may see. */
	private final List<String> status;

	private final @Nullable SqlFragment words;

	private final @Nullable String rankTsquery;

	/**
	 * The planner's estimates for the filters alone and the words alone; -1 until
	 * {@link #sizes}.
	 */
	private long filteredRows = -1;

	private long wordRows = -1;

	/**
	 * A word of the query that is also a speaker's name: matches the word or the speaker.
	 */
	record NameWord(String tsquery, List<Long> speakerIds) {

	}

	/** The filters once names and slugs are matched to rows. */
	record Resolved(@Nullable List<Long> speakerIds, @Nullable Long outletId, @Nullable Long topicId,
			@Nullable Rating rating, @Nullable List<Long> partySpeakerIds, List<NameWord> nameWords, String textTsquery,
			String rankTsquery) {

		/** The filters, with no rating among them. */
		Resolved(@Nullable List<Long> speakerIds, @Nullable Long outletId, @Nullable Long topicId,
				@Nullable List<Long> partySpeakerIds, List<NameWord> nameWords, String textTsquery,
				String rankTsquery) {
			this(speakerIds, outletId, topicId, null, partySpeakerIds, nameWords, textTsquery, rankTsquery);
		}

	}

	/**
	 * A rating filter: a name on the newsroom's scale, or none for the claims it has not
	 * rated.
	 */
	record Rating(@Nullable String name) {

	}

	SearchConditions(SearchQuery query, Resolved resolved, List<Publication> visible) {
		boolean readers = visible.size() == 1 && visible.get(0) == Publication.PUBLISHED;
		this.status = visible.stream().map(Enum::name).toList();
		this.conditions.add(readers ? SqlFragment.of("q.listed") : SqlFragment.of(
				"q.status in (:status) and exists (select from article va where va.id = q.article_id and va.status in (:status))",
				"status", this.status));
		this.words = resolved.textTsquery().isEmpty() ? null : SqlFragment.of(WORDS, "tsquery", resolved.textTsquery());
		this.rankTsquery = resolved.rankTsquery().isEmpty() ? null : resolved.rankTsquery();
		for (int i = 0; i < resolved.nameWords().size(); i++) {
			NameWord name = resolved.nameWords().get(i);
			this.conditions.add(SqlFragment
				.of("(q.search_vector @@ to_tsquery('english', :name" + i + ") or q.speaker_id in (:nameIds" + i + "))",
						"name" + i, name.tsquery())
				.with("nameIds" + i, name.speakerIds()));
		}
		if (resolved.speakerIds() != null) {
			this.conditions.add(SqlFragment.of("q.speaker_id in (:speakers)", "speakers", resolved.speakerIds()));
		}
		if (resolved.partySpeakerIds() != null) {
			// the party's speakers as a list, not a subquery: a plain filter keeps the
			// date order usable
			this.conditions
				.add(SqlFragment.of("q.speaker_id in (:partySpeakers)", "partySpeakers", resolved.partySpeakerIds()));
		}
		if (resolved.outletId() != null) {
			this.conditions.add(SqlFragment.of(
					"exists (select from article oa where oa.id = q.article_id and oa.outlet_id = :outlet)", "outlet",
					resolved.outletId()));
		}
		if (query.kind() != null) {
			this.conditions.add(SqlFragment.of("q.kind = :kind", "kind", query.kind().name()));
		}
		if (query.altered() != null) {
			this.conditions.add(SqlFragment.of("q.altered = :altered", "altered", query.altered()));
		}
		if (query.from() != null) {
			this.conditions.add(SqlFragment.of("q.dated_on >= :from", "from", query.from()));
		}
		if (query.to() != null) {
			this.conditions.add(SqlFragment.of("q.dated_on <= :to", "to", query.to()));
		}
		evidence(query, resolved);
	}

	/**
	 * Stance, claim, topic and rating are met by one piece of evidence: "contradicts
	 * claim 7" means just that, and "contradicts a claim rated False" a claim so rated.
	 */
	private void evidence(SearchQuery query, Resolved resolved) {
		if (query.stance() == null && query.claim() == null && resolved.topicId() == null
				&& resolved.rating() == null) {
			return;
		}
		List<SqlFragment> evidence = new ArrayList<>();
		evidence.add(SqlFragment.of("""
				exists (select from evidence e join claim ec on ec.id = e.claim_id
				         where e.quote_id = q.id and e.status in (:status) and ec.status in (:status)""", "status",
				this.status));
		if (query.stance() != null) {
			evidence.add(SqlFragment.of("e.stance = :stance", "stance", query.stance().name()));
		}
		if (query.claim() != null) {
			evidence.add(SqlFragment.of("e.claim_id = :claim", "claim", query.claim()));
		}
		if (resolved.topicId() != null) {
			evidence.add(SqlFragment.of(
					"exists (select from claim_topic ct where ct.claim_id = e.claim_id and ct.topic_id = :topic)",
					"topic", resolved.topicId()));
		}
		if (resolved.rating() != null) {
			evidence.add(rating(resolved.rating()));
		}
		this.conditions.add(SqlFragment.join(" and ", evidence).append(")"));
	}

	/**
	 * The claim of evidence {@code e} has the newsroom's rating of that name the searcher
	 * may see, or none.
	 */
	private SqlFragment rating(Rating rating) {
		String newsroom = "select from claim_rating r where r.claim_id = e.claim_id and r.checker is null and r.status in (:status)";
		if (rating.name() == null) {
			return SqlFragment.of("not exists (" + newsroom + ")", "status", this.status);
		}
		return SqlFragment.of("exists (" + newsroom + " and r.name = :rating)", "status", this.status)
			.with("rating", rating.name());
	}

	/** The conditions, for a statement over all the searched dates. */
	SqlFragment where() {
		return where(1);
	}

	/**
	 * The conditions, for a statement over {@code share} of the searched dates (a window
	 * of recent dates holds that share of the filters' rows, but no less of the word
	 * index). The words are checked on each row the filters find, or through the word
	 * index, whichever reads less.
	 */
	SqlFragment where(double share) {
		if (this.words == null) {
			return filtersWhere();
		}
		// "is true" hides the condition from the word index, so the planner checks it on
		// each row
		SqlFragment words = wordsRowByRow(share) ? SqlFragment.concat("(", this.words, ") is true") : this.words;
		return filtersWhere().and(words);
	}

	/** The conditions without the words. */
	SqlFragment filtersWhere() {
		return SqlFragment.and(this.conditions);
	}

	/**
	 * Whether there are words and, beside what readers may see, filters that might find
	 * fewer rows than them.
	 */
	boolean filtersBesideWords() {
		return this.words != null && this.conditions.size() > 1;
	}

	/** Only the words, with what readers may see. */
	SqlFragment wordsWhere() {
		return (this.words != null) ? this.conditions.get(0).and(this.words) : this.conditions.get(0);
	}

	/**
	 * The planner's estimates of the rows the filters alone and the words alone find,
	 * when there are both.
	 */
	void sizes(long filtered, long words) {
		this.filteredRows = filtered;
		this.wordRows = words;
	}

	/**
	 * The planner's estimate of the rows the filters alone find, if {@link #sizes} was
	 * told it; else -1.
	 */
	long filteredRows() {
		return this.filteredRows;
	}

	private boolean wordsRowByRow(double share) {
		double rows = this.filteredRows * share;
		return this.filteredRows >= 0 && rows <= FEW_ROWS && this.wordRows > 2 * rows;
	}

	/**
	 * The publication states the searcher may see, for the parts of a statement that name
	 * {@code :status}.
	 */
	List<String> status() {
		return this.status;
	}

	/**
	 * The rank of a quote (the row {@code alias}, of quote's columns) among the hits:
	 * zero when there are no words to rank by.
	 */
	SqlFragment rank(String alias) {
		return (this.rankTsquery != null)
				? SqlFragment.of("ts_rank(" + alias + ".search_vector, to_tsquery('english', :rankTsquery))",
						"rankTsquery", this.rankTsquery)
				: SqlFragment.of("0::real");
	}

	/**
	 * The words of a hit that matched, marked by private-use characters (see
	 * {@link Snippet}).
	 */
	SqlFragment headline() {
		String text = "translate(q.exact, U&'\\E000\\E001', '')";
		if (this.rankTsquery == null) {
			return SqlFragment.of("left(" + text + ", 400)");
		}
		return SqlFragment.of("ts_headline('english', " + text + ", to_tsquery('english', :rankTsquery), "
				+ "'StartSel=\uE000, StopSel=\uE001, MaxWords=80, MinWords=50, ShortWord=2, " + "HighlightAll=false')",
				"rankTsquery", this.rankTsquery);
	}

}
