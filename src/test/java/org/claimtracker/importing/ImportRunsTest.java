package org.claimtracker.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.claimtracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles imported from JSON Lines through the engine the command line, the upload page
 * and the API share: added as drafts with their proposals queued; the same file again
 * unchanged; a changed body corrected through the correction path; bad records reported
 * with their line and skipped.
 */
@SpringBootTest
class ImportRunsTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MeterRegistry meters;

	@TempDir
	Path folder;

	final String site = "https://import.example.org/" + this.make.unique("run").replace(' ', '-').toLowerCase() + "/";

	@AfterEach
	void removeImported() {
		this.make.removeArticlesAt(this.site + "%");
	}

	@Test
	void articlesGoInAsDraftsWithTheirProposalsQueuedAndTheSameFileAgainChangesNothing() throws IOException {
		Path file = lines("articles.jsonl",
				article(1, "The mayor spoke.\n\"We will fix every road,\" Mayor Ana Ruiz said."),
				article(2, "\"Taxes stay where they are,\" said Governor Paul Ortiz.\nHe left."),
				article(3, "Nobody said anything in this one."));
		double added = imported("added");
		double unchanged = imported("unchanged");

		ImportStatus first = this.imports.run(List.of(new ImportFile("articles.jsonl", file)), false, "importer");

		assertThat(first.state()).isEqualTo(ImportState.DONE);
		assertThat(first.total()).isEqualTo(3);
		assertThat(first).extracting(ImportStatus::added, ImportStatus::unchanged, ImportStatus::failed)
			.containsExactly(3L, 0L, 0L);
		assertThat(this.jdbc.queryForList("select status from article where url like ?", String.class, this.site + "%"))
			.containsExactly("DRAFT", "DRAFT", "DRAFT");
		assertThat(this.jdbc.queryForList("""
				select a.url from proposal_queue q join article a on a.id = q.article_id
				where a.url like ? order by a.url""", String.class, this.site + "%")).containsExactly(this.site + "1",
				this.site + "2");
		assertThat(
				this.jdbc.queryForObject("select created_by from article where url = ?", String.class, this.site + "1"))
			.isEqualTo("importer");

		ImportStatus again = this.imports.run(List.of(new ImportFile("articles.jsonl", file)), false, "importer");

		assertThat(again.id()).isNotEqualTo(first.id());
		assertThat(again).extracting(ImportStatus::added, ImportStatus::unchanged, ImportStatus::corrected)
			.containsExactly(0L, 3L, 0L);
		assertThat(count()).isEqualTo(3);
		// the metrics count the records of both runs
		assertThat(imported("added") - added).isEqualTo(3);
		assertThat(imported("unchanged") - unchanged).isEqualTo(3);
	}

	private double imported(String outcome) {
		return this.meters.get(ImportMetrics.RECORDS).tag("outcome", outcome).counter().count();
	}

	@Test
	void aChangedBodyGoesThroughTheCorrectionPathKeepingTheEarlierText() throws IOException {
		this.imports.run(
				List.of(new ImportFile("first.jsonl",
						lines("first.jsonl",
								article(1, "\"We will fix every road,\" Mayor Ana Ruiz said.\nMore text.")))),
				false, "importer");
		ImportStatus corrected = this.imports.run(
				List.of(new ImportFile("second.jsonl",
						lines("second.jsonl",
								article(1, "\"We will fix every road,\" Mayor Ana Ruiz said.\nCorrected text.")))),
				false, "importer");

		assertThat(corrected).extracting(ImportStatus::added, ImportStatus::corrected).containsExactly(0L, 1L);
		long id = this.jdbc.queryForObject("select id from article where url = ?", Long.class, this.site + "1");
		assertThat(this.jdbc.queryForList("select body from article_revision where article_id = ? order by revision",
				String.class, id))
			.hasSize(2)
			.first()
			.asString()
			.contains("More text.");
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, id))
			.contains("Corrected text.");
	}

	@Test
	void badRecordsAreReportedWithTheirLineAndTheRestGoesIn() throws IOException {
		Path file = lines("mixed.jsonl", article(1, "First."), "this is not JSON", article(2, "Second."));

		ImportStatus run = this.imports.run(List.of(new ImportFile("mixed.jsonl", file)), false, "importer");

		assertThat(run.state()).isEqualTo(ImportState.DONE);
		assertThat(run).extracting(ImportStatus::added, ImportStatus::failed).containsExactly(2L, 1L);
		assertThat(run.allTaken()).isFalse();
		assertThat(run.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.file()).isEqualTo("mixed.jsonl");
			assertThat(problem.place()).isEqualTo("line 2");
		});
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aStartedImportRunsInTheBackgroundAndCanBeWatched() throws Exception {
		Path file = lines("background.jsonl", article(1, "One."), article(2, "Two."));

		long id = this.imports.start(List.of(new ImportFile("background.jsonl", file)), false, "importer");

		ImportStatus run = awaitOver(this.imports, id);
		assertThat(run.state()).isEqualTo(ImportState.DONE);
		assertThat(run.added()).isEqualTo(2);
		assertThat(run.percent()).isEqualTo(100);
	}

	@Test
	void articlesAndClaimsAreNotImportedTogetherAndNothingIsRecorded() throws IOException {
		long before = this.jdbc.queryForObject("select count(*) from import_run", Long.class);
		Path articles = lines("a.jsonl", article(1, "One."));
		Path claims = Files.writeString(this.folder.resolve("c.csv"), "statement,speaker\nTaxes rose,Someone\n");

		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.imports
				.run(List.of(new ImportFile("a.jsonl", articles), new ImportFile("c.csv", claims)), false, "importer"))
			.isInstanceOf(ImportRefusedException.class)
			.hasMessageContaining("separate imports");
		assertThat(this.jdbc.queryForObject("select count(*) from import_run", Long.class)).isEqualTo(before);
	}

	static ImportStatus awaitOver(ImportService imports, long id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		ImportStatus run = imports.status(id);
		while (!run.state().over() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
			run = imports.status(id);
		}
		return run;
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from article where url like ?", Long.class, this.site + "%");
	}

	private String article(int n, String body) {
		return """
				{"url": "%s%d", "title": "Import story %d", "outlet": "Import Tribune", "published": "2016-10-0%d", "body": "%s"}"""
			.formatted(this.site, n, n, n, body.replace("\"", "\\\"").replace("\n", "\\n"));
	}

	private Path lines(String name, String... lines) throws IOException {
		return Files.write(this.folder.resolve(name), List.of(lines));
	}

}
