package org.claimtracker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with COPY, in PostgreSQL's text format, and counts them.
 */
final class CopyWriter implements AutoCloseable {

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(1 << 20);

	private long rows;

	CopyWriter(Connection connection, String table, String columns) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " (" + columns + ") from stdin");
	}

	void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			append(values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() > (1 << 20)) {
			flush();
		}
	}

	long rows() {
		return this.rows;
	}

	@Override
	public void close() throws SQLException {
		flush();
		this.copy.endCopy();
	}

	private void append(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

}
