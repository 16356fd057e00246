package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads import files: tells their format and gives their records, a record at a time,
 * whatever the size of the file. {@code name} is the file's name as it was uploaded or
 * given (the file itself may be kept under another); records name their file by it. Every
 * record, good or bad, has a position, counted from 0, and a file opened with
 * {@code skip} gives the records from that position on, so that an import that stopped
 * resumes where it was.
 */
public final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * The format of a file, from the ending of its name ({@code .jsonl}, {@code .ndjson},
	 * {@code .html}, {@code .htm}, {@code .zip}, {@code .csv}, {@code .json},
	 * {@code .jsonld}) checked against its first bytes.
	 * @throws WrongFileException for a file of no known format, a binary file given as
	 * text, or a file whose start does not match its name (a web page saved as
	 * {@code .jsonl}, a CSV file without a statement column)
	 */
	public static ImportFormat detect(Path file, String name) throws IOException {
		ImportFormat format = Detection.detect(file, name);
		if (format == ImportFormat.CSV) {
			// a header without a statement column is refused here, before any row
			claims(file, name, 0).close();
		}
		return format;
	}

	/**
	 * The records of a file of articles: JSON Lines, a saved web page, or a ZIP archive
	 * of saved web pages.
	 * @throws WrongFileException as {@link #detect} does, and for a file of claims
	 */
	public static RecordSource<ImportedArticle> articles(Path file, String name, long skip) throws IOException {
		ImportFormat format = of(file, name, ImportKind.ARTICLES);
		InputStream in = Files.newInputStream(file);
		try {
			return switch (format) {
				case JSON_LINES -> new JsonLinesArticles(in, name, skip);
				case HTML -> new HtmlPageArticles(in, name, skip);
				default -> new ZipArticles(in, name, skip);
			};
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * The records of a file of claims: CSV, or schema.org ClaimReview. A CSV file's
	 * columns that are not known come first, in a notice that is no record (see
	 * {@link ImportRecord#isRecord()}), unless the file is opened past its start.
	 * @throws WrongFileException as {@link #detect} does, and for a file of articles
	 */
	public static RecordSource<ImportedClaim> claims(Path file, String name, long skip) throws IOException {
		ImportFormat format = of(file, name, ImportKind.CLAIMS);
		if (format == ImportFormat.CLAIM_REVIEW) {
			return new ClaimReviewClaims(file, name, skip);
		}
		InputStream in = Files.newInputStream(file);
		try {
			return new CsvClaims(in, name, skip);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * How many records a file holds, good and bad, read as a stream without making them:
	 * the total of a progress bar. Notices are not counted.
	 */
	public static long count(Path file, String name) throws IOException {
		ImportFormat format = detect(file, name);
		return switch (format) {
			case JSON_LINES -> JsonLinesArticles.count(Files.newInputStream(file));
			case HTML -> 1;
			case ZIP -> ZipArticles.count(file);
			case CSV -> CsvClaims.count(Files.newInputStream(file));
			case CLAIM_REVIEW -> ClaimReviewClaims.count(file);
		};
	}

	private static ImportFormat of(Path file, String name, ImportKind kind) throws IOException {
		ImportFormat format = Detection.detect(file, name);
		if (format.kind() != kind) {
			throw new WrongFileException("expected a file of " + kind.name().toLowerCase(Locale.ROOT) + ", but \""
					+ name + "\" is " + format.description());
		}
		return format;
	}

}
