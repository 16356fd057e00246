package org.claimtracker.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimtracker.common.BulkRevision;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.Publication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ratings of a chunk's claims: those held, read at once, and those to add or change,
 * written at once.
 */
final class RatingBatch {

	private final JdbcClient jdbc;

	private final Map<Long, List<Held>> held = new HashMap<>();

	private final List<Held> toAdd = new ArrayList<>();

	private final List<Held> toChange = new ArrayList<>();

	private record Held(@Nullable Long id, long claimId, RatingGiven rating, Publication status) {

	}

	RatingBatch(JdbcClient jdbc, Collection<Long> claimIds) {
		this.jdbc = jdbc;
		this.jdbc.sql("""
				select id, claim_id, name, value, best, worst, checker, review_url, reviewed_on, status
				from claim_rating where claim_id = any(?)""").param(claimIds.toArray(Long[]::new)).query((rs) -> {
			RatingGiven rating = new RatingGiven(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class));
			this.held.computeIfAbsent(rs.getLong(2), (id) -> new ArrayList<>())
				.add(new Held(rs.getLong(1), rs.getLong(2), rating, Publication.valueOf(rs.getString(10))));
		});
	}

	/** Keeps the rating given on the claim; answers whether that changes anything. */
	boolean rate(long claimId, RatingGiven rating, Publication status) {
		List<Held> ratings = this.held.computeIfAbsent(claimId, (id) -> new ArrayList<>());
		for (int i = 0; i < ratings.size(); i++) {
			Held held = ratings.get(i);
			// the newsroom rates a claim once, whatever review it points to
			if (Objects.equals(held.rating().checker(), rating.checker())
					&& (rating.checker() == null || Objects.equals(held.rating().reviewUrl(), rating.reviewUrl()))) {
				if (held.rating().equals(rating)) {
					return false;
				}
				Held changed = new Held(held.id(), claimId, rating, held.status());
				ratings.set(i, changed);
				(held.id() == null ? this.toAdd : this.toChange).add(changed);
				return true;
			}
		}
		Held added = new Held(null, claimId, rating, status);
		ratings.add(added);
		this.toAdd.add(added);
		return true;
	}

	void save() {
		if (this.toAdd.isEmpty() && this.toChange.isEmpty()) {
			return;
		}
		String author = CurrentEditor.name();
		List<Held> adding = this.toAdd.stream().filter((r) -> this.held.get(r.claimId()).contains(r)).toList();
		List<Long> ids = new ArrayList<>(this.jdbc.sql("""
				insert into claim_rating (claim_id, name, value, best, worst, checker, review_url, reviewed_on, status,
				  created_by, updated_by)
				select claim_id, name, value, best, worst, checker, review_url, reviewed_on, status, :author, :author
				from unnest(:claims::bigint[], :names::text[], :values::text[], :bests::text[], :worsts::text[],
				  :checkers::text[], :urls::text[], :dates::date[], :states::text[])
				  as t(claim_id, name, value, best, worst, checker, review_url, reviewed_on, status)
				returning id""")
			.param("author", author)
			.param("claims", adding.stream().map(Held::claimId).toArray(Long[]::new))
			.param("names", adding.stream().map((r) -> r.rating().name()).toArray(String[]::new))
			.param("values", adding.stream().map((r) -> r.rating().value()).toArray(String[]::new))
			.param("bests", adding.stream().map((r) -> r.rating().best()).toArray(String[]::new))
			.param("worsts", adding.stream().map((r) -> r.rating().worst()).toArray(String[]::new))
			.param("checkers", adding.stream().map((r) -> r.rating().checker()).toArray(String[]::new))
			.param("urls", adding.stream().map((r) -> r.rating().reviewUrl()).toArray(String[]::new))
			.param("dates",
					adding.stream().map((r) -> Objects.toString(r.rating().reviewedOn(), null)).toArray(String[]::new))
			.param("states", adding.stream().map((r) -> r.status().name()).toArray(String[]::new))
			.query(Long.class)
			.list());
		for (Held held : this.toChange) {
			RatingGiven rating = held.rating();
			this.jdbc.sql("""
					update claim_rating set name = ?, value = ?, best = ?, worst = ?, review_url = ?, reviewed_on = ?,
					  version = version + 1, updated_at = now(), updated_by = ? where id = ?""")
				.params(rating.name(), rating.value(), rating.best(), rating.worst(), rating.reviewUrl(),
						rating.reviewedOn(), author, held.id())
				.update();
		}
		long revision = BulkRevision.open(this.jdbc);
		this.jdbc.sql("""
				insert into claim_rating_history (id, rev, revtype, claim_id, name, value, best, worst, checker,
				  review_url, reviewed_on, status, rationale, rated_by, rated_at)
				select id, ?, 0, claim_id, name, value, best, worst, checker, review_url, reviewed_on, status,
				  rationale, rated_by, rated_at
				from claim_rating where id = any(?)""").params(revision, ids.toArray(Long[]::new)).update();
		this.jdbc.sql("""
				insert into claim_rating_history (id, rev, revtype, claim_id, name, value, best, worst, checker,
				  review_url, reviewed_on, status, rationale, rated_by, rated_at)
				select id, ?, 1, claim_id, name, value, best, worst, checker, review_url, reviewed_on, status,
				  rationale, rated_by, rated_at
				from claim_rating where id = any(?)""")
			.params(revision, this.toChange.stream().map(Held::id).toArray(Long[]::new))
			.update();
	}

}
