package org.claimtracker.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.claimtracker.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may import, through the upload page and the API: editors import drafts, only admins
 * import as published, readers and programs without a token are refused; a file of the
 * wrong kind is refused with a message and imports nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportAccessTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	final String site = "https://access.example.org/" + this.make.unique("run").replace(' ', '-').toLowerCase() + "/";

	@AfterEach
	void removeImported() {
		this.make.removeArticlesAt(this.site + "%");
	}

	@Test
	void anEditorUploadsOnThePageAndWatchesTheImportToItsEnd() throws Exception {
		MvcResult upload = this.mvc
			.perform(multipart("/editor/imports").file(articles("files")).with(editor()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/editor/imports/*"))
			.andReturn();
		long id = Long.parseLong(upload.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(ImportRunsTest.awaitOver(this.imports, id).added()).isEqualTo(2);
		// the run is marked done, then its upload deleted: a moment apart
		Path uploaded = Path
			.of(this.jdbc.queryForObject("select path from import_file where run_id = ?", String.class, id));
		Instant until = Instant.now().plusSeconds(5);
		while (Files.exists(uploaded) && Instant.now().isBefore(until)) {
			Thread.sleep(20);
		}
		assertThat(uploaded).as("the upload, kept until its import was over").doesNotExist();

		Document page = Jsoup.parse(this.mvc.perform(get("/editor/imports/{id}", id).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("progress").attr("value")).isEqualTo("2");
		assertThat(page.selectFirst("#progress").hasAttr("hx-get")).isFalse();
		assertThat(this.jdbc.queryForList("select status from article where url like ?", String.class, this.site + "%"))
			.containsOnly("DRAFT");
		this.mvc.perform(get("/editor").with(editor()))
			.andExpect(content().string(containsString("/editor/articles/"
					+ this.jdbc.queryForObject("select id from article where url = ?", Long.class, this.site + "1")
					+ "/review")));
	}

	@Test
	void aFileOfTheWrongKindIsRefusedOnThePageWithWhatWasExpected() throws Exception {
		long before = runs();
		MockMultipartFile html = new MockMultipartFile("files", "articles.jsonl", "application/octet-stream",
				"<!DOCTYPE html><html><body>Not lines</body></html>".getBytes(StandardCharsets.UTF_8));

		this.mvc.perform(multipart("/editor/imports").file(html).with(editor()).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("JSON Lines")));
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminImportsAsPublished() throws Exception {
		long before = runs();
		this.mvc
			.perform(multipart("/editor/imports").file(articles("files"))
				.param("publish", "true")
				.with(editor())
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(multipart("/api/v1/imports").file(articles("file")).param("publish", "true").with(editor()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(runs()).isEqualTo(before);

		MvcResult started = this.mvc
			.perform(multipart("/api/v1/imports").file(articles("file")).param("publish", "true").with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", matchesPattern("/api/v1/imports/\\d+")))
			.andExpect(jsonPath("$.kind").value("ARTICLES"))
			.andReturn();
		String location = started.getResponse().getHeader("Location");
		JsonNode run = await(location);
		assertThat(run.get("state").asString()).isEqualTo("DONE");
		assertThat(run.get("added").asLong()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select status from article where url like ?", String.class, this.site + "%"))
			.containsOnly("PUBLISHED");
	}

	@Test
	void readersAndProgramsWithoutATokenCannotImportNorWatch() throws Exception {
		long before = runs();
		this.mvc.perform(get("/editor/imports")).andExpect(status().is3xxRedirection());
		this.mvc.perform(multipart("/editor/imports").file(articles("files")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(multipart("/api/v1/imports").file(articles("file"))).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/imports")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/imports/1")).andExpect(status().isUnauthorized());
		assertThat(runs()).isEqualTo(before);
	}

	@Test
	void theArticlesFormatIsPublishedAsAJsonSchemaForAnyone() throws Exception {
		this.mvc.perform(get("/schemas/article-import.schema.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.required").value(hasItem("url")));
	}

	@Test
	void anUnknownImportIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/imports/{id}", Long.MAX_VALUE).with(editor()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/editor/imports/{id}", Long.MAX_VALUE).with(editor())).andExpect(status().isNotFound());
	}

	private JsonNode await(String location) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		JsonNode run = poll(location);
		while (!run.get("state").asString().matches("DONE|FAILED") && Instant.now().isBefore(until)) {
			Thread.sleep(50);
			run = poll(location);
		}
		return run;
	}

	private JsonNode poll(String location) throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(this.mvc.perform(get(location).with(editor()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

	private MockMultipartFile articles(String part) {
		String lines = """
				{"url": "%s1", "title": "Upload one", "outlet": "Access Post", "published": "2016-10-01", "body": "\\"We will win,\\" Mayor Ana Ruiz said."}
				{"url": "%s2", "title": "Upload two", "outlet": "Access Post", "published": "2016-10-02", "body": "Nothing said."}
				"""
			.formatted(this.site, this.site);
		return new MockMultipartFile(part, "upload.jsonl", "application/x-ndjson",
				lines.getBytes(StandardCharsets.UTF_8));
	}

	private long runs() {
		return this.jdbc.queryForObject("select count(*) from import_run", Long.class);
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
