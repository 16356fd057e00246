package org.claimtracker.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles whose proposed quotes wait for an editor, newest first, with how many
 * proposals each has left.
 */
@Service
public class ReviewQueue {

	private final JdbcClient jdbc;

	ReviewQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An article in the queue, as the editor's desk lists it. */
	public record Waiting(long articleId, String title, String outlet, LocalDate publishedOn, int proposals,
			Instant queuedAt) {

	}

	/**
	 * Puts each article in the queue with its count of proposals, or takes it out at
	 * none.
	 */
	@Transactional
	public void pending(Map<Long, Integer> proposals) {
		this.jdbc.sql("delete from proposal_queue where article_id = any(?)")
			.param(proposals.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() <= 0)
				.map(Map.Entry::getKey)
				.toArray(Long[]::new))
			.update();
		List<Map.Entry<Long, Integer>> waiting = proposals.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.toList();
		this.jdbc.sql("""
				insert into proposal_queue (article_id, proposals)
				select * from unnest(?::bigint[], ?::integer[])
				on conflict (article_id) do update set proposals = excluded.proposals""")
			.params(waiting.stream().map(Map.Entry::getKey).toArray(Long[]::new),
					waiting.stream().map(Map.Entry::getValue).toArray(Integer[]::new))
			.update();
	}

	/**
	 * Keeps the count of an article in the queue up to date as an editor reviews it, and
	 * takes it out once none is left; an article not in the queue stays out.
	 */
	@Transactional
	public void reviewed(long articleId, int remaining) {
		if (remaining <= 0) {
			this.jdbc.sql("delete from proposal_queue where article_id = ?").param(articleId).update();
			return;
		}
		this.jdbc.sql("update proposal_queue set proposals = ? where article_id = ?")
			.params(remaining, articleId)
			.update();
	}

	/**
	 * Puts the article in the queue with that many more proposals to review, as
	 * annotations imported into it add them.
	 */
	@Transactional
	public void added(long articleId, int proposals) {
		this.jdbc.sql("""
				insert into proposal_queue (article_id, proposals) values (?, ?)
				on conflict (article_id) do update set proposals = proposal_queue.proposals + excluded.proposals""")
			.params(articleId, proposals)
			.update();
	}

	@Transactional(readOnly = true)
	public List<Waiting> waiting(int limit) {
		return this.jdbc.sql("""
				select a.id, a.title, o.name, a.published_on, q.proposals, q.queued_at
				from proposal_queue q join article a on a.id = q.article_id join outlet o on o.id = a.outlet_id
				order by q.queued_at desc, q.article_id desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public long size() {
		return this.jdbc.sql("select count(*) from proposal_queue").query(Long.class).single();
	}

}
