package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * The one article of a saved web page: a record named after the file.
 */
final class HtmlPageArticles extends ReadAhead<ImportedArticle> {

	private final InputStream in;

	private boolean read;

	HtmlPageArticles(InputStream in, String file, long skip) {
		super(file);
		this.in = in;
		this.read = skip > 0;
	}

	@Override
	protected @Nullable ImportRecord<ImportedArticle> read() throws IOException {
		if (this.read) {
			return null;
		}
		this.read = true;
		return page(this.in, this.file, 0, this.file);
	}

	/**
	 * The record of a page read from a stream, reading no more than a record may hold: a
	 * longer page is a bad record, and the rest of it is left unread.
	 */
	static ImportRecord<ImportedArticle> page(InputStream in, String file, long position, String where)
			throws IOException {
		byte[] html = in.readNBytes(Limits.RECORD + 1);
		try {
			if (html.length > Limits.RECORD) {
				throw new BadRecordException(Limits.tooBig("the page"));
			}
			return ImportRecord.of(file, position, where, SavedPage.read(html));
		}
		catch (BadRecordException ex) {
			return ImportRecord.bad(file, position, where, ex.getMessage());
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
