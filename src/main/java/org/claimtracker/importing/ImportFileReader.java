package org.claimtracker.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of a run's files one after the other. Where it is (which file, which
 * record) is saved with every chunk, so that a resumed run reads on from the first record
 * not yet taken.
 */
class ImportFileReader<T> implements ItemStreamReader<ImportRecord<T>> {

	private static final String FILE = "import.file";

	private static final String POSITION = "import.position";

	/** Opens a file's records, skipping those before a position. */
	interface Opener<T> {

		RecordSource<T> open(ImportFileRow file, long skip) throws IOException;

	}

	private final List<ImportFileRow> files;

	private final Opener<T> opener;

	private int file;

	private long position;

	private @Nullable RecordSource<T> source;

	ImportFileReader(List<ImportFileRow> files, Opener<T> opener) {
		this.files = files;
		this.opener = opener;
	}

	@Override
	public void open(ExecutionContext context) {
		this.file = context.getInt(FILE, 0);
		this.position = context.getLong(POSITION, 0);
	}

	@Override
	public @Nullable ImportRecord<T> read() throws IOException {
		while (this.file < this.files.size()) {
			if (this.source == null) {
				ImportFileRow row = this.files.get(this.file);
				if (!Files.isReadable(row.path())) {
					throw new ItemStreamException("The file " + row.name() + " is no longer at " + row.path());
				}
				this.source = this.opener.open(row, this.position);
			}
			if (this.source.hasNext()) {
				ImportRecord<T> next = this.source.next();
				this.position = Math.max(this.position, next.position() + 1);
				return next;
			}
			this.source.close();
			this.source = null;
			this.file++;
			this.position = 0;
		}
		return null;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE, this.file);
		context.putLong(POSITION, this.position);
	}

	@Override
	public void close() {
		if (this.source != null) {
			try {
				this.source.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.source = null;
		}
	}

}
