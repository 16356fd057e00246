package org.claimtracker.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 file line by line, holding at most {@link Limits#RECORD} bytes of a line:
 * past that, the rest of the line is passed over to its end and the line is reported as
 * too long, so that a 50 MB line costs no more memory than a short one. A byte order mark
 * at the start is dropped; a line ends at LF, and a CR before it is dropped.
 */
final class BoundedLines implements Closeable {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final InputStream in;

	private final byte[] buffer = new byte[64 << 10];

	private int position;

	private int limit;

	private byte[] line = new byte[1024];

	private int length;

	private long number;

	private boolean started;

	BoundedLines(InputStream in) {
		this.in = in;
	}

	/** One line of the file: its number, from 1, and its bytes, unless it is too long. */
	record Line(long number, byte @Nullable [] bytes) {

		boolean tooLong() {
			return this.bytes == null;
		}

		/**
		 * Whether the line holds nothing but white space (a line too long holds more).
		 */
		boolean blank() {
			if (this.bytes == null) {
				return false;
			}
			for (byte b : this.bytes) {
				if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
					return false;
				}
			}
			return true;
		}

		/** The line as text, or a problem when it is not UTF-8. */
		String text() throws BadRecordException {
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(this.bytes))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new BadRecordException("the line is not UTF-8 text");
			}
		}

	}

	/** The next line, or null at the end of the file. */
	@Nullable Line next() throws IOException {
		if (!this.started) {
			this.started = true;
			fill();
			if (this.limit >= 3 && Arrays.equals(this.buffer, 0, 3, BOM, 0, 3)) {
				this.position = 3;
			}
		}
		if (this.position >= this.limit && !fill()) {
			return null;
		}
		this.length = 0;
		boolean tooLong = false;
		while (true) {
			int end = indexOfLineFeed();
			int upTo = (end >= 0) ? end : this.limit;
			if (!tooLong) {
				tooLong = !append(upTo - this.position);
			}
			if (end >= 0) {
				this.position = end + 1;
				break;
			}
			this.position = this.limit;
			if (!fill()) {
				break;
			}
		}
		this.number++;
		int size = this.length;
		if (size > 0 && this.line[size - 1] == '\r') {
			size--;
		}
		if (tooLong || size > Limits.RECORD) {
			return new Line(this.number, null);
		}
		return new Line(this.number, Arrays.copyOf(this.line, size));
	}

	private int indexOfLineFeed() {
		for (int i = this.position; i < this.limit; i++) {
			if (this.buffer[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	/** Adds bytes of the buffer to the line; false once the line is over the limit. */
	private boolean append(int count) {
		if (this.length + count > Limits.RECORD + 1) {
			return false;
		}
		if (this.length + count > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.length + count, this.line.length * 2));
		}
		System.arraycopy(this.buffer, this.position, this.line, this.length, count);
		this.length += count;
		return true;
	}

	private boolean fill() throws IOException {
		int read = this.in.readNBytes(this.buffer, 0, this.buffer.length);
		this.position = 0;
		this.limit = Math.max(read, 0);
		return read > 0;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
