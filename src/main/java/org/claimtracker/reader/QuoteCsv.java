package org.claimtracker.reader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimtracker.search.QuoteHit;
import org.jspecify.annotations.Nullable;

/**
 * Writes hits as CSV rows (RFC 4180), one row per quote, flushed as they come. The file
 * leaves the site, so its links are absolute; it starts with a byte order mark because
 * Excel reads UTF-8 without one as the local code page and garbles curly quotes and
 * accents.
 */
final class QuoteCsv implements AutoCloseable {

	static final char BYTE_ORDER_MARK = '\uFEFF';

	static final String[] HEADER = { "id", "said_on", "speaker", "party", "kind", "text", "article_title", "outlet",
			"published", "article_url", "claims", "permalink", "citation" };

	private final CSVPrinter printer;

	private final String site;

	private final LocalDate retrieved;

	private int rows;

	/**
	 * {@code site} is the base address of links, such as
	 * {@code https://claims.example.org}; the citations say they were {@code retrieved}
	 * then.
	 */
	QuoteCsv(Writer writer, String site, LocalDate retrieved) throws IOException {
		writer.write(BYTE_ORDER_MARK);
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
		this.site = site;
		this.retrieved = retrieved;
	}

	void write(QuoteHit hit) {
		try {
			// said_on stays empty when the date is unknown: the article's date has its
			// own column
			this.printer.printRecord(hit.id(), hit.saidOn(), guard(hit.speaker()), guard(hit.party()), hit.kind(),
					guard(hit.text()), guard(hit.articleTitle()), guard(hit.outlet()), hit.publishedOn(),
					hit.articleUrl(),
					hit.claims()
						.stream()
						.map((c) -> c.stance() + ": " + c.statement() + " (" + this.site + "/claims/" + c.id() + ")")
						.collect(Collectors.joining("; ")),
					this.site + "/quotes/" + hit.id(), guard(hit.citation().text(this.site, this.retrieved)));
			if (++this.rows % 500 == 0) {
				this.printer.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Text that editors or writers typed and that starts like a formula is prefixed, so a
	 * spreadsheet shows it instead of running it.
	 */
	static @Nullable String guard(@Nullable String text) {
		return (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
