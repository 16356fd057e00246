package org.claimtracker.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.importing.ImportTestFiles.articles;
import static org.claimtracker.importing.ImportTestFiles.example;
import static org.claimtracker.importing.ImportTestFiles.write;

/**
 * Articles as JSON Lines: a line is an article or says why it is none, and a line too
 * long to hold is passed over, not read.
 */
class JsonLinesArticlesTest {

	private static final String GOOD = "{\"url\": \"https://www.example.com/a\", \"title\": \"T\", "
			+ "\"published\": \"2016-11-08\", \"body\": \"Text.\"}";

	@TempDir
	Path folder;

	@Test
	void readsTheExampleFile() throws IOException {
		List<ImportRecord<ImportedArticle>> records = articles(example("articles.jsonl"), "articles.jsonl", 0);

		assertThat(records).extracting(ImportRecord::problem).containsOnlyNulls();
		assertThat(records).extracting(ImportRecord::where).containsExactly("line 1", "line 2", "line 3");
		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L);
		assertThat(records).extracting(ImportRecord::file).containsOnly("articles.jsonl");
		ImportedArticle rally = records.get(0).item();
		assertThat(rally.url())
			.isEqualTo("https://www.valleytribune.example/politics/2016/10/01/whitfield-rally-jobs-plan");
		assertThat(rally.outlet()).isEqualTo("The Valley Tribune");
		assertThat(rally.byline()).isEqualTo("Marisol Ekberg");
		assertThat(rally.publishedOn()).isEqualTo(LocalDate.of(2016, 10, 1));
		assertThat(rally.topics()).containsExactly("economy", "Jobs");
		assertThat(rally.body()).startsWith("DAYTON, Ohio — State Sen. Dana Whitfield told")
			.contains("tool-and-die plant.\n\nHer opponent")
			.hasLineCount(5);
		ImportedArticle debate = records.get(1).item();
		assertThat(debate.outlet()).as("the host, when no outlet is given").isEqualTo("lakeshoreherald.example");
		assertThat(debate.body()).contains("Republican Glenn Harstad said the state had “never spent more")
			.doesNotContain("trackView")
			.doesNotContain("<p>");
		ImportedArticle ad = records.get(2).item();
		assertThat(ad.outlet()).isEqualTo("Desert Sun Ledger");
		assertThat(ad.byline()).isNull();
		assertThat(ad.topics()).isEmpty();
		assertThat(ad.publishedOn()).as("the date as written, not in UTC").isEqualTo(LocalDate.of(2018, 11, 2));
	}

	@Test
	void theHostOfAnArticleWithoutOutletHasNoWww() throws IOException {
		Path file = write(this.folder, "a.jsonl", GOOD);

		assertThat(articles(file, "a.jsonl", 0).get(0).item().outlet()).isEqualTo("example.com");
	}

	@Test
	void badLinesAreReportedAndReadingGoesOn() throws IOException {
		String lines = String.join("\n", GOOD, "", "this is not json", "[1, 2]", "{\"title\": \"T\"}",
				"{\"url\": \"ftp://example.com/a\", \"title\": \"T\", \"published\": \"2016-11-08\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/b\", \"published\": \"2016-11-08\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/c\", \"title\": \"T\", \"published\": \"11/08/2016\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/d\", \"title\": \"T\", \"published\": \"2016-11-08\"}",
				"{\"url\": \"https://example.com/e\", \"title\": \"T\\u0000\", \"published\": \"2016-11-08\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/f\", \"title\": \"T\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/g\", \"title\": \"T\", \"published\": \"2016-11-08\", \"body\": \"x\", \"html\": \"<p>x</p>\"}",
				"{\"url\": \"https://example.com/h\", \"title\": \"T\", \"published\": \"2016-02-30\", \"body\": \"x\"}",
				"{\"url\": \"https://example.com/i\", \"title\": 12, \"published\": \"2016-11-08\", \"body\": \"x\"}",
				GOOD.replace("/a", "/z"), "");
		Path file = write(this.folder, "mixed.jsonl", lines);

		List<ImportRecord<ImportedArticle>> records = articles(file, "mixed.jsonl", 0);

		assertThat(records).extracting(ImportRecord::position)
			.containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
		assertThat(records).extracting(ImportRecord::where)
			.containsExactly("line 1", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10",
					"line 11", "line 12", "line 13", "line 14", "line 15");
		assertThat(records.get(0).item()).isNotNull();
		assertThat(records.get(1).problem()).startsWith("not JSON");
		assertThat(records.get(2).problem()).startsWith("not a JSON object");
		assertThat(records.get(3).problem()).startsWith("no URL");
		assertThat(records.get(4).problem()).contains("\"ftp://example.com/a\"").contains("http:// or https://");
		assertThat(records.get(5).problem()).startsWith("no title");
		assertThat(records.get(6).problem()).contains("\"11/08/2016\" does not parse");
		assertThat(records.get(7).problem()).startsWith("no body");
		assertThat(records.get(8).problem()).contains("NUL");
		assertThat(records.get(9).problem()).startsWith("no date");
		assertThat(records.get(10).problem()).startsWith("both \"body\" and \"html\"");
		assertThat(records.get(11).problem()).as("a date no calendar has").contains("\"2016-02-30\" does not parse");
		assertThat(records.get(12).problem()).isEqualTo("\"title\" is not text");
		assertThat(records.get(13).item().url()).isEqualTo("https://www.example.com/z");
		assertThat(records.subList(1, 13)).extracting(ImportRecord::item).containsOnlyNulls();
		assertThat(ImportFiles.count(file, "mixed.jsonl")).isEqualTo(records.size());
	}

	@Test
	void skippingResumesAtThePositionGiven() throws IOException {
		String lines = String.join("\r\n", GOOD.replace("/a", "/0"), "", GOOD.replace("/a", "/1"), "not json",
				GOOD.replace("/a", "/3"), GOOD.replace("/a", "/4"));
		Path file = write(this.folder, "resume.jsonl", "\uFEFF" + lines);

		List<ImportRecord<ImportedArticle>> all = articles(file, "resume.jsonl", 0);
		List<ImportRecord<ImportedArticle>> resumed = articles(file, "resume.jsonl", 2);

		assertThat(all).hasSize(5);
		assertThat(all.get(0).item()).as("a byte order mark is no part of the first line").isNotNull();
		assertThat(resumed).isEqualTo(all.subList(2, 5));
		assertThat(resumed.get(0).where()).isEqualTo("line 4");
		assertThat(resumed.get(2).item().url()).isEqualTo("https://www.example.com/4");
		assertThat(articles(file, "resume.jsonl", 5)).isEmpty();
	}

	@Test
	void aHugeLineIsPassedOverWithoutBeingHeld() throws IOException {
		Path file = this.folder.resolve("big.jsonl");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < 10_000; i++) {
				out.write(GOOD.replace("/a", "/" + i) + "\n");
			}
			out.write(
					"{\"url\": \"https://example.com/big\", \"title\": \"Big\", \"published\": \"2016-11-08\", \"body\": \"");
			for (int i = 0; i < 3 * 1024; i++) {
				out.write("x".repeat(1024));
			}
			out.write("\"}\n");
			for (int i = 10_001; i <= 20_500; i++) {
				out.write(GOOD.replace("/a", "/" + i) + "\n");
			}
		}

		long good = 0;
		ImportRecord<ImportedArticle> bad = null;
		ImportRecord<ImportedArticle> afterBad = null;
		ImportRecord<ImportedArticle> last = null;
		try (RecordSource<ImportedArticle> source = ImportFiles.articles(file, "big.jsonl", 0)) {
			while (source.hasNext()) {
				ImportRecord<ImportedArticle> record = source.next();
				if (record.problem() != null) {
					bad = record;
				}
				else {
					good++;
					if (bad != null && afterBad == null) {
						afterBad = record;
					}
				}
				last = record;
			}
		}

		assertThat(bad).isNotNull();
		assertThat(bad.where()).isEqualTo("line 10001");
		assertThat(bad.position()).isEqualTo(10_000);
		assertThat(bad.problem()).contains("over 1 MiB");
		assertThat(good).isEqualTo(20_500);
		assertThat(afterBad.item().url()).isEqualTo("https://www.example.com/10001");
		assertThat(last.where()).isEqualTo("line 20501");
		assertThat(last.position()).isEqualTo(20_500);
		assertThat(ImportFiles.count(file, "big.jsonl")).isEqualTo(20_501);
	}

}
