package org.claimtracker.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import of claims tells which claims it added read as the same claim as one held
 * before, in other words, by the ranking that suggests claims to editors; a claim on
 * another matter is no duplicate.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportDuplicatesTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	final String importer = this.make.unique("duplicates").replace(' ', '-').toLowerCase();

	@AfterEach
	void removeImported() {
		for (String table : List.of("claim", "person", "topic")) {
			this.jdbc.queryForList("select id from " + table + " where created_by = ?", Long.class, this.importer)
				.forEach((id) -> this.make.removeAfter(table, id));
		}
	}

	@Test
	void aRewordedClaimIsReportedAsALikelyDuplicateOfTheOneHeld(@TempDir Path folder) throws Exception {
		String name = this.make.unique("Nadia Brandt");
		long person = this.make.person(name);
		long held = this.make.claim(new ClaimDraft(name + " supports raising the state minimum wage to $15 an hour.",
				ClaimKind.POSITION, person, Set.of()));
		Path csv = folder.resolve("claims.csv");
		Files.writeString(csv, """
				Statement,Speaker
				"%1$s backs raising the state's minimum wage to $15.",%1$s
				"%1$s will repave every road in the county.",%1$s
				""".formatted(name));

		ImportStatus run = this.imports.run(List.of(new ImportFile("claims.csv", csv)), false, this.importer);

		assertThat(run.added()).isEqualTo(2);
		long reworded = this.jdbc.queryForObject("select id from claim where statement like ? and created_by = ?",
				Long.class, "% backs raising%", this.importer);
		assertThat(run.duplicates()).singleElement().satisfies((duplicate) -> {
			assertThat(duplicate.claimId()).isEqualTo(reworded);
			assertThat(duplicate.duplicateOf()).isEqualTo(held);
			assertThat(duplicate.duplicateStatement()).startsWith(name + " supports raising");
			assertThat(duplicate.file()).isEqualTo("claims.csv");
			assertThat(duplicate.place()).isEqualTo("line 2");
		});

		// the import's page lists it, with a way to merge it into the claim held
		Document page = Jsoup
			.parse(this.mvc.perform(get("/editor/imports/" + run.id()).with(user("ed").roles("EDITOR")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select(".import-duplicates tbody tr")).hasSize(1);
		assertThat(page.select(".import-duplicates tbody a").eachAttr("href")).containsExactly("/claims/" + reworded,
				"/claims/" + held, "/editor/claims/" + held + "/merge?duplicate=" + reworded);
	}

}
