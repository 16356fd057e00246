package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * The articles of a JSON Lines file, a line at a time. Blank lines are no records, but
 * count as lines for "line N".
 */
final class JsonLinesArticles extends ReadAhead<ImportedArticle> {

	private final BoundedLines lines;

	private long position;

	JsonLinesArticles(InputStream in, String file, long skip) throws IOException {
		super(file);
		this.lines = new BoundedLines(in);
		while (this.position < skip && nextRecord() != null) {
			this.position++;
		}
	}

	/** How many records a file holds: its lines that are not blank. */
	static long count(InputStream in) throws IOException {
		long count = 0;
		try (BoundedLines lines = new BoundedLines(in)) {
			for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
				if (!line.blank()) {
					count++;
				}
			}
		}
		return count;
	}

	@Override
	protected @Nullable ImportRecord<ImportedArticle> read() throws IOException {
		BoundedLines.Line line = nextRecord();
		if (line == null) {
			return null;
		}
		long at = this.position++;
		String where = "line " + line.number();
		try {
			if (line.tooLong()) {
				throw new BadRecordException(Limits.tooBig("the line"));
			}
			return ImportRecord.of(this.file, at, where, ArticleLine.read(line.text()));
		}
		catch (BadRecordException ex) {
			return ImportRecord.bad(this.file, at, where, ex.getMessage());
		}
	}

	private BoundedLines.@Nullable Line nextRecord() throws IOException {
		BoundedLines.Line line = this.lines.next();
		while (line != null && line.blank()) {
			line = this.lines.next();
		}
		return line;
	}

	@Override
	public void close() throws IOException {
		this.lines.close();
	}

}
