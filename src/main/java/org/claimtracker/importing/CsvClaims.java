package org.claimtracker.importing;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.common.Names;
import org.jspecify.annotations.Nullable;

/**
 * The claims of a CSV file, a row at a time, under a header row that names the columns
 * (see {@link CsvColumns}). Fields may be quoted and span lines; lines may end in CRLF; a
 * byte order mark is dropped. Blank rows are no records. The columns the file has beyond
 * the known ones are reported once, before the records, in a notice.
 */
final class CsvClaims extends ReadAhead<ImportedClaim> {

	/**
	 * How far the parser may read into one row before the file is given up on: past a row
	 * of 1 MiB, which is a bad record, only a quote left open reads this far.
	 */
	static final int RUNAWAY = 8 * Limits.RECORD;

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

	private final CSVParser parser;

	private final Guard guard;

	private final Iterator<CSVRecord> rows;

	private final CsvColumns columns;

	private @Nullable ImportRecord<ImportedClaim> notice;

	private long position;

	private long line;

	private boolean failed;

	CsvClaims(InputStream in, String file, long skip) throws IOException {
		super(file);
		this.guard = new Guard(reader(in));
		this.parser = CSVParser.builder().setReader(this.guard).setFormat(FORMAT).get();
		this.rows = this.parser.iterator();
		this.columns = CsvColumns.of(header());
		if (!this.columns.unknown().isEmpty() && skip == 0) {
			this.notice = ImportRecord.notice(file, "header",
					"unknown columns ignored: " + String.join(", ", this.columns.unknown()));
		}
		try {
			while (this.position < skip && nextRow() != null) {
				this.position++;
			}
		}
		catch (UncheckedIOException ex) {
			// skipped past where the file can be read: there is nothing more to read
			this.failed = true;
		}
	}

	private @Nullable CSVRecord header() {
		try {
			return nextRow();
		}
		catch (UncheckedIOException ex) {
			throw new WrongFileException("expected a CSV file of claims whose first row names its columns, but "
					+ "its first row cannot be read: " + reasonOf(ex));
		}
	}

	/** How many rows of claims a CSV file holds under its header. */
	static long count(InputStream in) throws IOException {
		try (CsvClaims claims = new CsvClaims(in, "", 0)) {
			long count = 0;
			try {
				while (claims.nextRow() != null) {
					count++;
				}
			}
			catch (UncheckedIOException ex) {
				// the rows before a quote left open are all that will be read
			}
			return count;
		}
	}

	/** Text in UTF-8, without the byte order mark that spreadsheets write first. */
	static Reader reader(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	@Override
	protected @Nullable ImportRecord<ImportedClaim> read() throws IOException {
		if (this.notice != null) {
			ImportRecord<ImportedClaim> notice = this.notice;
			this.notice = null;
			return notice;
		}
		long at = this.position;
		CSVRecord row;
		try {
			row = nextRow();
		}
		catch (UncheckedIOException ex) {
			this.failed = true;
			this.position++;
			return ImportRecord.bad(this.file, at, "line " + this.line, reasonOf(ex));
		}
		if (row == null) {
			return null;
		}
		this.position++;
		String where = "line " + this.line;
		try {
			return ImportRecord.of(this.file, at, where, claim(row));
		}
		catch (BadRecordException ex) {
			return ImportRecord.bad(this.file, at, where, ex.getMessage());
		}
	}

	private ImportedClaim claim(CSVRecord row) throws BadRecordException {
		long size = 0;
		for (String value : row) {
			size += value.length();
			if (Text.holdsNul(value)) {
				throw new BadRecordException(Text.nulProblem());
			}
		}
		if (size > Limits.RECORD) {
			throw new BadRecordException(Limits.tooBig("the row"));
		}
		String statement = Names.tidy(this.columns.get(row, CsvColumns.STATEMENT));
		if (statement.isEmpty()) {
			throw new BadRecordException("no statement: the \"statement\" column is empty");
		}
		String date = this.columns.get(row, CsvColumns.DATE);
		String source = this.columns.get(row, CsvColumns.SOURCE_URL);
		String rating = Names.tidy(this.columns.get(row, CsvColumns.RATING));
		return new ImportedClaim(statement, Names.tidyIfAny(blankAsNull(this.columns.get(row, CsvColumns.SPEAKER))),
				date.isBlank() ? null : Dates.parse(date, "the date"),
				source.isBlank() ? null : WebAddresses.http(source, "the source URL"),
				topics(this.columns.get(row, CsvColumns.TOPICS)),
				rating.isEmpty() ? null : new ImportedRating(rating, null, null, null, null, null, null));
	}

	/** The topics of a cell, separated by ";" or "|". */
	private static List<String> topics(String cell) {
		return Arrays.stream(cell.split("[;|]"))
			.map(Names::tidy)
			.filter((topic) -> !topic.isEmpty())
			.distinct()
			.toList();
	}

	/** The next row that is not blank, with the line it starts on; null at the end. */
	private @Nullable CSVRecord nextRow() {
		while (!this.failed) {
			// the parser has read up to the end of the row before: this one starts after
			// it
			this.line = this.parser.getCurrentLineNumber() + 1;
			this.guard.newRow();
			if (!this.rows.hasNext()) {
				return null;
			}
			CSVRecord row = this.rows.next();
			if (!blank(row)) {
				return row;
			}
		}
		return null;
	}

	/**
	 * Whether a row holds nothing: a blank line, or only commas as spreadsheets write
	 * empty rows.
	 */
	private static boolean blank(CSVRecord row) {
		for (String value : row) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String reasonOf(UncheckedIOException ex) {
		Throwable cause = ex.getCause();
		String message = String.valueOf(cause.getMessage());
		if (cause instanceof RunawayException) {
			return "a row here goes on past 8 MiB, so the file cannot be read further: is a quote (\") left open?";
		}
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a quote (\") opened here is never closed: the rest of the file would be one field";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")
				|| message.contains("Invalid char between encapsulated token and delimiter")) {
			return "text follows a closing quote (\") before the next comma, so the file cannot be read further: "
					+ "a quote inside a field is written twice (\"\")";
		}
		return "the file cannot be read further from here: " + message;
	}

	private static @Nullable String blankAsNull(String value) {
		return value.isBlank() ? null : value;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/** Stops the parser once it reads {@link #RUNAWAY} characters into one row. */
	private static final class Guard extends FilterReader {

		private long read;

		Guard(Reader in) {
			super(in);
		}

		void newRow() {
			this.read = 0;
		}

		@Override
		public int read() throws IOException {
			check(1);
			return super.read();
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int count = super.read(buffer, offset, length);
			check(Math.max(count, 0));
			return count;
		}

		private void check(int count) throws IOException {
			this.read += count;
			if (this.read > RUNAWAY) {
				throw new RunawayException();
			}
		}

	}

	private static final class RunawayException extends IOException {

	}

}
