package org.claimtracker.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

/**
 * A record source that reads one record ahead, so that {@code hasNext} can tell whether
 * the file holds another. Subclasses read a record at a time; an error of the disk
 * surfaces as an {@link UncheckedIOException}.
 */
abstract class ReadAhead<T> implements RecordSource<T> {

	/** The name of the file as given, for every record. */
	protected final String file;

	private @Nullable ImportRecord<T> ahead;

	private boolean ended;

	ReadAhead(String file) {
		this.file = file;
	}

	/** The next record or notice, or null when the file has no more. */
	protected abstract @Nullable ImportRecord<T> read() throws IOException;

	@Override
	public boolean hasNext() {
		if (this.ahead == null && !this.ended) {
			try {
				this.ahead = read();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.ended = (this.ahead == null);
		}
		return this.ahead != null;
	}

	@Override
	public ImportRecord<T> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ImportRecord<T> record = this.ahead;
		this.ahead = null;
		return record;
	}

}
