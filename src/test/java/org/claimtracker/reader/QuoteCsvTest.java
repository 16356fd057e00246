package org.claimtracker.reader;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.claim.Stance;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.search.QuoteHit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell of the export that someone typed is safe to open in a spreadsheet. */
class QuoteCsvTest {

	@Test
	void typedTextThatStartsLikeAFormulaIsShownNotRun() throws Exception {
		QuoteHit hit = new QuoteHit(7, "=HYPERLINK(\"http://evil\")", List.of(), QuoteKind.DIRECT, 3, "+Speaker",
				"-Party", 5, "@Title", 2, "=Outlet", null, LocalDate.of(2024, 5, 6), "https://example.org/a", null,
				List.of(new QuoteHit.ClaimStance(9, "=1+1", Stance.SUPPORTS)), false);
		StringWriter out = new StringWriter();
		try (QuoteCsv csv = new QuoteCsv(out, "https://claims.example.org", LocalDate.of(2026, 5, 14))) {
			csv.write(hit);
		}
		CSVRecord row = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString().substring(1)))
			.getRecords()
			.get(0);
		assertThat(row.get("speaker")).isEqualTo("'+Speaker");
		assertThat(row.get("party")).isEqualTo("'-Party");
		assertThat(row.get("text")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(row.get("article_title")).isEqualTo("'@Title");
		assertThat(row.get("outlet")).isEqualTo("'=Outlet");
		assertThat(row.get("citation")).startsWith("'+Speaker");
		assertThat(row.get("claims")).startsWith("SUPPORTS: =1+1");
		assertThat(row.get("said_on")).isEmpty();
	}

}
