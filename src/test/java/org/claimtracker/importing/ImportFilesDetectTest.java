package org.claimtracker.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtracker.importing.ImportTestFiles.example;
import static org.claimtracker.importing.ImportTestFiles.write;

/**
 * A file's format comes from its name and is checked against its first bytes; a file that
 * is not what its name says is refused with a message an editor understands.
 */
class ImportFilesDetectTest {

	@TempDir
	Path folder;

	@Test
	void theExampleFilesAreOfTheirFormats() throws IOException {
		assertThat(ImportFiles.detect(example("articles.jsonl"), "articles.jsonl")).isEqualTo(ImportFormat.JSON_LINES);
		assertThat(ImportFiles.detect(example("page.html"), "page.html")).isEqualTo(ImportFormat.HTML);
		assertThat(ImportFiles.detect(example("page-opengraph.html"), "Page.HTM")).isEqualTo(ImportFormat.HTML);
		assertThat(ImportFiles.detect(example("pages.zip"), "pages.zip")).isEqualTo(ImportFormat.ZIP);
		assertThat(ImportFiles.detect(example("claims.csv"), "claims.csv")).isEqualTo(ImportFormat.CSV);
		assertThat(ImportFiles.detect(example("claimreview.json"), "claimreview.json"))
			.isEqualTo(ImportFormat.CLAIM_REVIEW);
		assertThat(ImportFiles.detect(example("claimreview-feed.json"), "feed.jsonld"))
			.isEqualTo(ImportFormat.CLAIM_REVIEW);
		assertThat(ImportFiles.detect(example("articles.jsonl"), "export.ndjson")).isEqualTo(ImportFormat.JSON_LINES);
		assertThat(ImportFormat.ZIP.kind()).isEqualTo(ImportKind.ARTICLES);
		assertThat(ImportFormat.CLAIM_REVIEW.kind()).isEqualTo(ImportKind.CLAIMS);
	}

	@Test
	void theNameGivenCountsNotTheNameOfTheFileKept() throws IOException {
		Path spool = Files.copy(example("claims.csv"), this.folder.resolve("upload-7f3a.tmp"));

		assertThat(ImportFiles.detect(spool, "claims.csv")).isEqualTo(ImportFormat.CSV);
		assertThat(ImportTestFiles.claims(spool, "claims.csv", 0)).extracting(ImportRecord::file)
			.containsOnly("claims.csv");
	}

	@Test
	void aWebPageNamedAsJsonLinesIsRefused() {
		assertThatThrownBy(() -> ImportFiles.detect(example("page.html"), "articles.jsonl"))
			.isInstanceOf(WrongFileException.class)
			.hasMessage("expected JSON Lines: one JSON object per line, but this file is HTML");
		assertThatThrownBy(() -> ImportFiles.articles(example("page.html"), "articles.jsonl", 0))
			.isInstanceOf(WrongFileException.class);
	}

	@Test
	void jsonThatIsNotALineAnObjectIsRefused() throws IOException {
		Path list = write(this.folder, "list.jsonl", "[{\"url\": \"https://example.com\"}]");

		assertThatThrownBy(() -> ImportFiles.detect(list, "list.jsonl"))
			.hasMessage("expected JSON Lines: one JSON object per line, but this file is one JSON list: "
					+ "put each article on a line of its own");
		assertThatThrownBy(() -> ImportFiles.detect(example("claimreview-feed.json"), "feed.jsonl")).hasMessage(
				"expected JSON Lines: one JSON object per line, but this file spreads one object over " + "many lines");
	}

	@Test
	void aBinaryFileIsRefused() throws IOException {
		Path file = Files.write(this.folder.resolve("a.jsonl"), new byte[] { '{', 0, 1, 2, '}' });

		assertThatThrownBy(() -> ImportFiles.detect(file, "a.jsonl")).isInstanceOf(WrongFileException.class)
			.hasMessageStartingWith("expected JSON Lines (one JSON object per line), but \"a.jsonl\" is a binary file");
	}

	@Test
	void aWorkbookNamedAsCsvIsRefused() throws IOException {
		assertThatThrownBy(() -> ImportFiles.detect(example("pages.zip"), "claims.csv"))
			.isInstanceOf(WrongFileException.class)
			.hasMessageContaining("is a ZIP archive or a workbook")
			.hasMessageEndingWith("save it as CSV UTF-8");
	}

	@Test
	void aZipArchiveThatIsNotOneIsRefused() {
		assertThatThrownBy(() -> ImportFiles.detect(example("page.html"), "pages.zip"))
			.hasMessage("expected a ZIP archive of saved web pages, but \"pages.zip\" is not a ZIP archive");
	}

	@Test
	void aFileOfNoKnownFormatIsRefused() throws IOException {
		Path file = write(this.folder, "notes.docx", "text");

		assertThatThrownBy(() -> ImportFiles.detect(file, "notes.docx")).isInstanceOf(WrongFileException.class)
			.hasMessageContaining("\"notes.docx\" is none of these");
		assertThatThrownBy(() -> ImportFiles.detect(file, "README")).isInstanceOf(WrongFileException.class);
	}

	@Test
	void anEmptyFileAndTextThatIsNotJsonAreRefused() throws IOException {
		Path empty = write(this.folder, "empty.csv", " \n");
		Path words = write(this.folder, "words.json", "claims: none");

		assertThatThrownBy(() -> ImportFiles.detect(empty, "empty.csv")).hasMessageEndingWith("is empty");
		assertThatThrownBy(() -> ImportFiles.detect(words, "words.json"))
			.hasMessage("expected schema.org ClaimReview JSON, but \"words.json\" does not start with { or [");
	}

	@Test
	void aFileOfTheOtherKindIsRefused() {
		assertThatThrownBy(() -> ImportFiles.articles(example("claims.csv"), "claims.csv", 0))
			.isInstanceOf(WrongFileException.class)
			.hasMessage("expected a file of articles, but \"claims.csv\" is a CSV file of claims");
		assertThatThrownBy(() -> ImportFiles.claims(example("pages.zip"), "pages.zip", 0))
			.hasMessage("expected a file of claims, but \"pages.zip\" is a ZIP archive of saved web pages");
	}

	@Test
	void countsTheRecordsOfEachExample() throws IOException {
		assertThat(ImportFiles.count(example("articles.jsonl"), "articles.jsonl")).isEqualTo(3);
		assertThat(ImportFiles.count(example("page.html"), "page.html")).isEqualTo(1);
		assertThat(ImportFiles.count(example("pages.zip"), "pages.zip")).isEqualTo(2);
		assertThat(ImportFiles.count(example("claims.csv"), "claims.csv")).isEqualTo(4);
		assertThat(ImportFiles.count(example("claimreview-feed.json"), "claimreview-feed.json")).isEqualTo(3);
	}

}
