package org.claimtracker.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.claimtracker.article.ArticleText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Interim: JSON Lines articles only. */
public final class ImportFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportFiles() {
	}

	public static ImportFormat detect(Path file, String name) throws IOException {
		if (name.endsWith(".jsonl")) {
			return ImportFormat.JSON_LINES;
		}
		throw new WrongFileException("expected JSON Lines");
	}

	public static long count(Path file, String name) throws IOException {
		try (var lines = Files.lines(file)) {
			return lines.filter((l) -> !l.isBlank()).count();
		}
	}

	public static RecordSource<ImportedArticle> articles(Path file, String name, long skip) throws IOException {
		BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		return new RecordSource<ImportedArticle>() {

			long line;

			@Nullable String next = advance();

			@Nullable String advance() {
				try {
					String l;
					while ((l = reader.readLine()) != null) {
						this.line++;
						if (!l.isBlank() && this.line > skip) {
							return l;
						}
					}
					return null;
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}

			@Override
			public boolean hasNext() {
				return this.next != null;
			}

			@Override
			public ImportRecord<ImportedArticle> next() {
				String l = this.next;
				if (l == null) {
					throw new NoSuchElementException();
				}
				long position = this.line - 1;
				this.next = advance();
				try {
					JsonNode n = JSON.readTree(l);
					return ImportRecord.of(name, position, "line " + (position + 1),
							new ImportedArticle(n.get("url").asString(), n.get("title").asString(),
									n.get("outlet").asString(), null, LocalDate.parse(n.get("published").asString()),
									ArticleText.fromPlainText(n.get("body").asString()), List.of()));
				}
				catch (RuntimeException ex) {
					return ImportRecord.bad(name, position, "line " + (position + 1), "not an article");
				}
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}
		};
	}

	public static RecordSource<ImportedClaim> claims(Path file, String name, long skip) throws IOException {
		throw new WrongFileException("claims not yet");
	}

}
