package org.claimtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The articles of a ZIP archive of saved web pages, an entry at a time: each
 * {@code .html} or {@code .htm} file is a record named by its path in the archive. What
 * else a saved page brings along (images, style sheets, folders) is no record.
 */
final class ZipArticles extends ReadAhead<ImportedArticle> {

	private final ZipInputStream zip;

	private long position;

	private boolean damaged;

	ZipArticles(InputStream in, String file, long skip) throws IOException {
		super(file);
		this.zip = new ZipInputStream(in);
		while (this.position < skip && nextPage() != null) {
			this.position++;
		}
	}

	/** How many pages a ZIP archive holds, read entry by entry without their contents. */
	static long count(Path file) throws IOException {
		long count = 0;
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (isPage(entry)) {
					count++;
				}
			}
		}
		catch (ZipException ex) {
			// the pages up to the damage are all there is to import
		}
		return count;
	}

	@Override
	protected @Nullable ImportRecord<ImportedArticle> read() throws IOException {
		if (this.damaged) {
			return null;
		}
		long at = this.position;
		try {
			ZipEntry entry = nextPage();
			if (entry == null) {
				return null;
			}
			this.position++;
			return HtmlPageArticles.page(this.zip, this.file, at, entry.getName());
		}
		catch (ZipException ex) {
			this.damaged = true;
			return ImportRecord.bad(this.file, at, "the archive",
					"the ZIP archive is damaged here and cannot be read further");
		}
	}

	private @Nullable ZipEntry nextPage() throws IOException {
		ZipEntry entry = this.zip.getNextEntry();
		while (entry != null && !isPage(entry)) {
			entry = this.zip.getNextEntry();
		}
		return entry;
	}

	/**
	 * Whether an entry is a page: an HTML file, but not the copy of it that macOS keeps
	 * in {@code __MACOSX} or a {@code ._} file.
	 */
	static boolean isPage(ZipEntry entry) {
		String name = entry.getName().toLowerCase(Locale.ROOT);
		String base = name.substring(name.lastIndexOf('/') + 1);
		return !entry.isDirectory() && (name.endsWith(".html") || name.endsWith(".htm"))
				&& !name.startsWith("__macosx/") && !base.startsWith("._");
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

}
