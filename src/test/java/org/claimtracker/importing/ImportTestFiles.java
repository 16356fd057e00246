package org.claimtracker.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The example files of docs/import, and the records of files written by a test.
 */
final class ImportTestFiles {

	static final Path EXAMPLES = Path.of("docs/import");

	private ImportTestFiles() {
	}

	static Path example(String name) {
		return EXAMPLES.resolve(name);
	}

	static Path write(Path folder, String name, String content) throws IOException {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	static List<ImportRecord<ImportedArticle>> articles(Path file, String name, long skip) throws IOException {
		try (RecordSource<ImportedArticle> source = ImportFiles.articles(file, name, skip)) {
			return all(source);
		}
	}

	static List<ImportRecord<ImportedClaim>> claims(Path file, String name, long skip) throws IOException {
		try (RecordSource<ImportedClaim> source = ImportFiles.claims(file, name, skip)) {
			return all(source);
		}
	}

	static <T> List<ImportRecord<T>> all(RecordSource<T> source) {
		List<ImportRecord<T>> records = new ArrayList<>();
		source.forEachRemaining(records::add);
		return records;
	}

}
