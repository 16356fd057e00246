package org.claimtracker.importing;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import runs, their files and problems, in PostgreSQL: a run's counts move in the
 * same transaction as the records they count, so that they hold after a crash.
 */
@Repository
class ImportRuns {

	private static final int PROBLEMS_SHOWN = 200;

	/** A run with the names of its files, in their order. */
	private static final String SELECT_RUN = """
			select r.*, array(select f.name from import_file f where f.run_id = r.id order by f.position) as files
			from import_run r""";

	private final JdbcClient jdbc;

	private final ImportMetrics metrics;

	ImportRuns(JdbcClient jdbc, ImportMetrics metrics) {
		this.jdbc = jdbc;
		this.metrics = metrics;
	}

	@Transactional
	long create(ImportKind kind, String fingerprint, boolean publish, String startedBy, List<ImportFileRow> files) {
		long id = this.jdbc.sql("""
				insert into import_run (kind, state, fingerprint, publish, started_by)
				values (:kind, 'QUEUED', :fingerprint, :publish, :startedBy) returning id""")
			.param("kind", kind.name())
			.param("fingerprint", fingerprint)
			.param("publish", publish)
			.param("startedBy", startedBy)
			.query(Long.class)
			.single();
		files.forEach((file) -> this.jdbc
			.sql("insert into import_file (run_id, position, name, path, format) values (?, ?, ?, ?, ?)")
			.params(id, file.position(), file.name(), file.path().toString(), file.format().name())
			.update());
		return id;
	}

	/** The run of these files that has not finished, if any: an import to resume. */
	Optional<Long> unfinished(String fingerprint) {
		return this.jdbc
			.sql("select id from import_run where fingerprint = ? and state in ('QUEUED', 'RUNNING', 'FAILED') "
					+ "order by id desc limit 1")
			.param(fingerprint)
			.query(Long.class)
			.optional();
	}

	/** Points a run's files at where they lie now (the same files, given again). */
	void relocate(long runId, List<ImportFileRow> files) {
		files.forEach((file) -> this.jdbc.sql("update import_file set path = ? where run_id = ? and position = ?")
			.params(file.path().toString(), runId, file.position())
			.update());
	}

	List<ImportFileRow> files(long runId) {
		return this.jdbc.sql("select position, name, path, format from import_file where run_id = ? order by position")
			.param(runId)
			.query((rs, n) -> new ImportFileRow(rs.getInt(1), rs.getString(2), Path.of(rs.getString(3)),
					ImportFormat.valueOf(rs.getString(4))))
			.list();
	}

	void running(long runId, long total) {
		this.jdbc
			.sql("update import_run set state = 'RUNNING', total = ?, message = null, "
					+ "started_at = coalesce(started_at, now()), ended_at = null where id = ?")
			.params(total, runId)
			.update();
	}

	void ended(long runId, ImportState state, @Nullable String message) {
		this.jdbc.sql("update import_run set state = ?, message = ?, ended_at = now() where id = ?")
			.params(state.name(), message, runId)
			.update();
	}

	/**
	 * Finds this transaction's rows through their indexes. A chunk looks its rows up by
	 * key (address, words, name), and an import fills tables faster than their statistics
	 * follow: with statistics of a table still small, the planner would read all of it
	 * for each chunk.
	 */
	void lookUpByIndex() {
		this.jdbc.sql("set local enable_seqscan = off").update();
	}

	void count(long runId, ImportCounts counts) {
		this.jdbc.sql("""
				update import_run set done = done + ?, added = added + ?, unchanged = unchanged + ?,
				  corrected = corrected + ?, failed = failed + ? where id = ?""")
			.params(counts.done(), counts.added, counts.unchanged, counts.corrected, counts.failed, runId)
			.update();
		this.metrics.counted(counts);
	}

	void problem(long runId, ImportProblem problem) {
		this.jdbc.sql("insert into import_problem (run_id, file, place, reason) values (?, ?, ?, ?)")
			.params(runId, problem.file(), problem.place(), problem.reason())
			.update();
	}

	/** A claim the run added that likely duplicates one held before. */
	void duplicate(long runId, String file, String place, long claimId, long duplicateOf) {
		this.jdbc
			.sql("insert into import_duplicate (run_id, file, place, claim_id, duplicate_of) values (?, ?, ?, ?, ?)")
			.params(runId, file, place, claimId, duplicateOf)
			.update();
	}

	Optional<ImportStatus> status(long runId) {
		return this.jdbc.sql(SELECT_RUN + " where r.id = ?")
			.param(runId)
			.query((rs, n) -> status(rs, problems(runId), duplicates(runId)))
			.optional();
	}

	private List<ImportDuplicate> duplicates(long runId) {
		return this.jdbc.sql("""
				select d.file, d.place, d.claim_id, c.statement, d.duplicate_of, o.statement from import_duplicate d
				  left join claim c on c.id = d.claim_id left join claim o on o.id = d.duplicate_of
				where d.run_id = ? order by d.id limit ?""")
			.params(runId, PROBLEMS_SHOWN)
			.query((rs, n) -> new ImportDuplicate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getLong(5), rs.getString(6)))
			.list();
	}

	List<ImportStatus> recent(int limit) {
		return this.jdbc.sql(SELECT_RUN + " order by r.id desc limit ?")
			.param(limit)
			.query((rs, n) -> status(rs, List.of(), List.of()))
			.list();
	}

	/**
	 * The runs left unfinished, oldest first: those that a stopped application was
	 * running.
	 */
	List<Long> interrupted() {
		return this.jdbc.sql("select id from import_run where state in ('QUEUED', 'RUNNING') order by id")
			.query(Long.class)
			.list();
	}

	ImportKind kind(long runId) {
		return ImportKind.valueOf(
				this.jdbc.sql("select kind from import_run where id = ?").param(runId).query(String.class).single());
	}

	private List<ImportProblem> problems(long runId) {
		return this.jdbc.sql("select file, place, reason from import_problem where run_id = ? order by id limit ?")
			.params(runId, PROBLEMS_SHOWN)
			.query((rs, n) -> new ImportProblem(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private ImportStatus status(ResultSet rs, List<ImportProblem> problems, List<ImportDuplicate> duplicates)
			throws SQLException {
		long id = rs.getLong("id");
		List<String> files = List.of((String[]) rs.getArray("files").getArray());
		return new ImportStatus(id, ImportKind.valueOf(rs.getString("kind")),
				ImportState.valueOf(rs.getString("state")), rs.getBoolean("publish"), rs.getString("started_by"), files,
				rs.getLong("total"), rs.getLong("done"), rs.getLong("added"), rs.getLong("unchanged"),
				rs.getLong("corrected"), rs.getLong("failed"), rs.getString("message"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "ended_at"), problems, duplicates);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
