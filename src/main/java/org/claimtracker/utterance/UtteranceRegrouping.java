package org.claimtracker.utterance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtracker.utterance.UtteranceRows.Row;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups every quote into utterances from scratch, speaker by speaker (one transaction
 * each): for after the matching threshold changes, or after a bulk load. Within a
 * speaker, quotes are taken in the order they were reported; each joins the group of the
 * earlier quote it repeats most closely, found through an index of the words they share,
 * or starts a group. A group keeps the utterance most of its quotes were in, so that a
 * regrouping that changes little writes little.
 */
@Service
public class UtteranceRegrouping {

	private final UtteranceRows rows;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	UtteranceRegrouping(UtteranceRows rows, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.rows = rows;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** What a regrouping did. */
	public record Regrouped(int speakers, long quotes, long moved, long utterances) {

	}

	/** Regroups every speaker's quotes; answers what moved. */
	public Regrouped regroupAll() {
		long quotes = 0;
		long moved = 0;
		List<Long> speakers = this.rows.speakers();
		for (long speaker : speakers) {
			long[] counts = this.transactions.execute((status) -> regroup(speaker));
			quotes += counts[0];
			moved += counts[1];
		}
		Long utterances = this.jdbc.queryForObject("select count(*) from utterance", Long.class);
		return new Regrouped(speakers.size(), quotes, moved, (utterances != null) ? utterances : 0);
	}

	/** Regroups one speaker's quotes; answers how many there are and how many moved. */
	long[] regroup(long speakerId) {
		List<Row> quotes = this.rows.bySpeaker(speakerId);
		List<List<Row>> groups = groups(quotes);
		Set<Long> taken = new HashSet<>();
		List<Object[]> moves = new ArrayList<>();
		Set<Long> touched = new HashSet<>();
		for (List<Row> group : groups) {
			long utterance = keeper(group, taken);
			if (utterance < 0) {
				utterance = insertUtterance(speakerId);
			}
			taken.add(utterance);
			for (Row quote : group) {
				if (quote.utteranceId() != utterance) {
					moves.add(new Object[] { utterance, quote.quoteId() });
					touched.add(quote.utteranceId());
					touched.add(utterance);
				}
			}
		}
		this.jdbc.batchUpdate("update quote set utterance_id = ? where id = ?", moves);
		for (long utterance : touched) {
			if (this.rows.count(utterance) == 0) {
				this.jdbc.update("delete from utterance where id = ?", utterance);
			}
			else {
				this.rows.refreshAltered(utterance);
			}
		}
		return new long[] { quotes.size(), moves.size() };
	}

	/**
	 * The speaker's quotes in groups: each joins the group of the earlier quote it
	 * repeats most closely. Candidates are the earlier quotes sharing one of its rarer
	 * words.
	 */
	static List<List<Row>> groups(List<Row> quotes) {
		List<List<Row>> groups = new ArrayList<>();
		Map<String, List<Integer>> byWord = new HashMap<>();
		List<Integer> groupOf = new ArrayList<>();
		List<List<String>> words = new ArrayList<>();
		for (int i = 0; i < quotes.size(); i++) {
			Row quote = quotes.get(i);
			List<String> spoken = QuoteWords.spoken(quote.version().words());
			words.add(spoken);
			int best = -1;
			if (quote.version().matchable()) {
				double bestScore = SameWords.THRESHOLD;
				Set<Integer> seen = new HashSet<>();
				for (String word : new HashSet<>(spoken)) {
					if (StopWords.contains(word)) {
						continue;
					}
					for (int earlier : byWord.getOrDefault(word, List.of())) {
						if (seen.add(earlier)) {
							double score = SameWords.score(spoken, words.get(earlier));
							if (score > bestScore || (score == bestScore && best < 0)) {
								best = earlier;
								bestScore = score;
							}
						}
					}
				}
			}
			if (best >= 0) {
				groupOf.add(groupOf.get(best));
				groups.get(groupOf.get(best)).add(quote);
			}
			else {
				groupOf.add(groups.size());
				groups.add(new ArrayList<>(List.of(quote)));
			}
			if (quote.version().matchable()) {
				for (String word : new HashSet<>(spoken)) {
					if (!StopWords.contains(word)) {
						byWord.computeIfAbsent(word, (w) -> new ArrayList<>()).add(i);
					}
				}
			}
		}
		return groups;
	}

	/** The utterance most of the group's quotes are in, unless another group kept it. */
	private static long keeper(List<Row> group, Set<Long> taken) {
		Map<Long, Integer> votes = new HashMap<>();
		group.forEach((q) -> votes.merge(q.utteranceId(), 1, Integer::sum));
		return votes.entrySet()
			.stream()
			.filter((e) -> !taken.contains(e.getKey()))
			.max(Map.Entry.<Long, Integer>comparingByValue()
				.thenComparing(Map.Entry.comparingByKey((a, b) -> Long.compare(b, a))))
			.map(Map.Entry::getKey)
			.orElse(-1L);
	}

	private long insertUtterance(long speakerId) {
		Long id = this.jdbc.queryForObject("insert into utterance (speaker_id) values (?) returning id", Long.class,
				speakerId);
		if (id == null) {
			throw new IllegalStateException("No id for a new utterance");
		}
		return id;
	}

}
