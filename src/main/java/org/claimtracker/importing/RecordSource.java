package org.claimtracker.importing;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/**
 * The records of one import file, read as a stream: never the whole file in memory.
 * Opened at a position, it skips the records before it (a resumed import).
 */
public interface RecordSource<T> extends Iterator<ImportRecord<T>>, Closeable {

	@Override
	void close() throws IOException;

}
