package org.claimtracker.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtracker.importing.ImportTestFiles.claims;
import static org.claimtracker.importing.ImportTestFiles.example;
import static org.claimtracker.importing.ImportTestFiles.write;

/**
 * Claims as CSV: columns found by name however they are written, quoted fields over
 * several lines, and a row that is no claim reported by the line it starts on.
 */
class CsvClaimsTest {

	@TempDir
	Path folder;

	@Test
	void readsTheExampleFile() throws IOException {
		List<ImportRecord<ImportedClaim>> records = claims(example("claims.csv"), "claims.csv", 0);

		assertThat(records).hasSize(5);
		ImportRecord<ImportedClaim> notice = records.get(0);
		assertThat(notice.isRecord()).isFalse();
		assertThat(notice.position()).isEqualTo(ImportRecord.NOT_A_RECORD);
		assertThat(notice.where()).isEqualTo("header");
		assertThat(notice.problem()).isEqualTo("unknown columns ignored: Notes");
		List<ImportRecord<ImportedClaim>> rows = records.subList(1, 5);
		assertThat(rows).extracting(ImportRecord::problem).containsOnlyNulls();
		assertThat(rows).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L, 3L);
		assertThat(rows).extracting(ImportRecord::where).containsExactly("line 2", "line 3", "line 4", "line 6");
		ImportedClaim jobs = rows.get(0).item();
		assertThat(jobs.statement()).startsWith("Our plan will bring back 20,000 manufacturing jobs");
		assertThat(jobs.speaker()).isEqualTo("Dana Whitfield");
		assertThat(jobs.madeOn()).isEqualTo(LocalDate.of(2016, 10, 1));
		assertThat(jobs.topics()).containsExactly("economy", "jobs");
		assertThat(jobs.sourceUrl())
			.isEqualTo("https://www.valleytribune.example/politics/2016/10/01/whitfield-rally-jobs-plan");
		assertThat(jobs.rating()).isEqualTo(new ImportedRating("Unproven", null, null, null, null, null, null));
		assertThat(rows.get(1).item().topics()).containsExactly("education", "budget");
		assertThat(rows.get(2).item().statement()).as("a quoted field over two lines, its CRLF as a space")
			.isEqualTo(
					"Illegal border crossings in this state doubled last year. That is the crisis my opponent ignores.");
		ImportedClaim turnout = rows.get(3).item();
		assertThat(turnout.sourceUrl()).isNull();
		assertThat(turnout.rating()).isNull();
		assertThat(ImportFiles.count(example("claims.csv"), "claims.csv")).isEqualTo(4);
	}

	@Test
	void columnsAreFoundByNameInAnyCaseAndSpelling() throws IOException {
		Path file = write(this.folder, "c.csv", "\uFEFFSOURCE-URL,rating,Speaker ,STATE_MENT,date\r\n"
				+ "https://example.com/s,Pants on Fire,  Carl   Boateng ,It rained.,2018-11-06T20:00:00-05:00\r\n");

		List<ImportRecord<ImportedClaim>> records = claims(file, "c.csv", 0);

		assertThat(records).hasSize(1);
		ImportedClaim claim = records.get(0).item();
		assertThat(claim.statement()).isEqualTo("It rained.");
		assertThat(claim.speaker()).isEqualTo("Carl Boateng");
		assertThat(claim.sourceUrl()).isEqualTo("https://example.com/s");
		assertThat(claim.madeOn()).isEqualTo(LocalDate.of(2018, 11, 6));
		assertThat(claim.rating().name()).isEqualTo("Pants on Fire");
		assertThat(claim.topics()).isEmpty();
	}

	@Test
	void aFileWithoutStatementColumnIsRefused() throws IOException {
		Path file = write(this.folder, "people.csv", "name,party\nCarl Boateng,D\n");

		assertThatThrownBy(() -> ImportFiles.detect(file, "people.csv")).isInstanceOf(WrongFileException.class)
			.hasMessageContaining("no \"statement\" column");
		assertThatThrownBy(() -> ImportFiles.claims(file, "people.csv", 0)).isInstanceOf(WrongFileException.class);
	}

	@Test
	void badRowsAreReportedAndReadingGoesOn() throws IOException {
		Path file = write(this.folder, "mixed.csv", String.join("\n", "statement,date,source_url,speaker", //
				"First claim.,2018-01-02,,A", //
				",2018-01-02,,B", //
				",,,", //
				"Third claim.,01/02/2018,,C", //
				"Fourth claim.,,ftp://example.com/x,D", //
				"\"Fifth claim\" said twice\",,,E", //
				"Sixth claim.", //
				""));

		List<ImportRecord<ImportedClaim>> records = claims(file, "mixed.csv", 0);

		assertThat(records).extracting(ImportRecord::where)
			.containsExactly("line 2", "line 3", "line 5", "line 6", "line 7");
		assertThat(records).extracting(ImportRecord::position).containsExactly(0L, 1L, 2L, 3L, 4L);
		assertThat(records.get(0).item().speaker()).isEqualTo("A");
		assertThat(records.get(1).problem()).startsWith("no statement");
		assertThat(records.get(2).problem()).contains("\"01/02/2018\" does not parse");
		assertThat(records.get(3).problem()).contains("\"ftp://example.com/x\" is not a web address");
		assertThat(records.get(4).problem()).as("a stray quote ends what can be read")
			.startsWith("text follows a closing quote");
	}

	@Test
	void aRowHoldingNulIsABadRecord() throws IOException {
		// past the first 8 KiB, which detection would find binary
		String rows = "Claim.,A\n".repeat(2000);
		Path file = write(this.folder, "nul.csv", "statement,speaker\n" + rows + "\"Say \u0000 this\",B\nLast.,C\n");

		List<ImportRecord<ImportedClaim>> records = claims(file, "nul.csv", 2000);

		assertThat(records).hasSize(2);
		assertThat(records.get(0).where()).isEqualTo("line 2002");
		assertThat(records.get(0).problem()).contains("NUL");
		assertThat(records.get(1).item().statement()).isEqualTo("Last.");
	}

	@Test
	void skippingResumesAtThePositionGivenWithoutTheNotice() throws IOException {
		List<ImportRecord<ImportedClaim>> all = claims(example("claims.csv"), "claims.csv", 0);

		List<ImportRecord<ImportedClaim>> resumed = claims(example("claims.csv"), "claims.csv", 2);

		assertThat(resumed).isEqualTo(all.subList(3, 5));
		assertThat(resumed.get(0).where()).isEqualTo("line 4");
	}

	@Test
	void aRowOverTheLimitIsABadRecordAndTheNextIsRead() throws IOException {
		Path file = write(this.folder, "big.csv",
				"statement,speaker\n\"" + "word ".repeat(300_000) + "\",A\nAfter the big one.,B\n");

		List<ImportRecord<ImportedClaim>> records = claims(file, "big.csv", 0);

		assertThat(records).hasSize(2);
		assertThat(records.get(0).problem()).contains("over 1 MiB");
		assertThat(records.get(1).item().statement()).isEqualTo("After the big one.");
		assertThat(records.get(1).where()).isEqualTo("line 3");
	}

	@Test
	void aQuoteNeverClosedIsABadRecord() throws IOException {
		Path file = write(this.folder, "open.csv",
				"statement,speaker\n\"Fine,\nover two lines.\",A\n\n\"Never closed,B\nMore.,C\n");

		List<ImportRecord<ImportedClaim>> records = claims(file, "open.csv", 0);

		assertThat(records).hasSize(2);
		assertThat(records.get(1).where()).isEqualTo("line 5");
		assertThat(records.get(1).problem()).contains("never closed");
		assertThat(claims(file, "open.csv", 1)).isEqualTo(records.subList(1, 2));
		assertThat(claims(file, "open.csv", 2)).isEmpty();
	}

	@Test
	void aHeaderThatCannotBeReadRefusesTheFile() throws IOException {
		Path file = write(this.folder, "header.csv", "statement,\"speaker\n");

		assertThatThrownBy(() -> ImportFiles.claims(file, "header.csv", 0)).isInstanceOf(WrongFileException.class)
			.hasMessageContaining("its first row cannot be read");
	}

	@Test
	void aQuoteLeftOpenInABigFileStopsTheReadingEarly() throws IOException {
		Path file = this.folder.resolve("open.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("statement,speaker\nFine.,A\n\"Never closed,B\n");
			for (int i = 0; i < 200_000; i++) {
				out.write("more text that the open quote swallows, line after line\n");
			}
		}

		List<ImportRecord<ImportedClaim>> records = claims(file, "open.csv", 0);

		assertThat(records).hasSize(2);
		assertThat(records.get(0).item().statement()).isEqualTo("Fine.");
		assertThat(records.get(1).where()).isEqualTo("line 3");
		assertThat(records.get(1).problem()).contains("left open");
		assertThat(ImportFiles.count(file, "open.csv")).isEqualTo(1);
	}

}
