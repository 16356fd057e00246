package org.claimtracker.importing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.claimtracker.ClaimTrackerApplication;
import org.claimtracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import whose JVM is killed in the middle ({@code kill -9}), then given again,
 * completes: the run resumes where its last chunk ended, and no article is there twice or
 * half-written.
 */
@SpringBootTest
class ResumedImportTest {

	private static final int ARTICLES = 1200;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	@TempDir
	Path folder;

	final String site = "https://resume.example.org/" + this.make.unique("run").replace(' ', '-').toLowerCase() + "/";

	@AfterEach
	void removeImported() {
		this.make.removeArticlesAt(this.site + "%");
	}

	@Test
	void anImportKilledHalfwayCompletesWhenGivenAgain() throws Exception {
		Path file = archive();
		Process killed = importInAnotherJvm(file);
		long runId;
		try {
			runId = awaitSomeChunksTaken(file);
		}
		finally {
			killed.destroyForcibly().waitFor();
		}
		ImportStatus cut = this.imports.status(runId);
		assertThat(cut.state()).isEqualTo(ImportState.RUNNING);
		assertThat(cut.done()).isPositive().isLessThan(ARTICLES);
		assertThat(articles()).isEqualTo(cut.added());

		ImportStatus resumed = this.imports.run(List.of(new ImportFile("archive.jsonl", file)), false, "importer");

		assertThat(resumed.id()).isEqualTo(runId);
		assertThat(resumed.state()).isEqualTo(ImportState.DONE);
		assertThat(resumed).extracting(ImportStatus::done, ImportStatus::added, ImportStatus::failed)
			.containsExactly((long) ARTICLES, (long) ARTICLES, 0L);
		assertThat(articles()).isEqualTo(ARTICLES);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from article a where a.url like ?
				  and (select count(*) from article_revision r where r.article_id = a.id) <> 1""", Long.class,
				this.site + "%"))
			.isZero();
	}

	private long awaitSomeChunksTaken(Path file) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(until)) {
			List<Long> runs = this.jdbc.queryForList("""
					select r.id from import_run r join import_file f on f.run_id = r.id
					where f.path = ? and r.done > 0""", Long.class, file.toString());
			if (!runs.isEmpty()) {
				return runs.get(0);
			}
			Thread.sleep(10);
		}
		throw new AssertionError("The import in the other JVM took no chunk in two minutes");
	}

	private Process importInAnotherJvm(Path file) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// it only has to start and take a chunk before it is killed
				"-XX:TieredStopAtLevel=1", "-cp", mainClassPath(), ClaimTrackerApplication.class.getName(), "import",
				"--as=importer", "--spring.datasource.url=" + this.environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + this.environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password"),
				"--spring.profiles.active=default", file.toString()));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("import.log").toFile())
			.start();
	}

	/**
	 * The application's class path without the tests' classes, whose initialiser would
	 * make the test database anew.
	 */
	private static String mainClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private Path archive() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int n = 1; n <= ARTICLES; n++) {
			lines.add("""
					{"url": "%s%d", "title": "Resumed story %d", "outlet": "Resume Herald", "published": "2016-10-01", \
					"body": "Paragraph one of story %d.\\n\\"We will win,\\" Mayor Ana Ruiz said."}"""
				.formatted(this.site, n, n, n));
		}
		return Files.write(this.folder.resolve("archive.jsonl"), lines);
	}

	private long articles() {
		return this.jdbc.queryForObject("select count(*) from article where url like ?", Long.class, this.site + "%");
	}

}
