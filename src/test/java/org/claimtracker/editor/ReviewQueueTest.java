package org.claimtracker.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.claimtracker.Fixtures;
import org.claimtracker.importing.ImportFile;
import org.claimtracker.importing.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The desk's queue of imported articles with proposed quotes: its count follows the
 * review, and an article leaves it once nothing is left to review.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewQueueTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	ImportService imports;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	final String url = "https://queue.example.org/" + this.make.unique("story").replace(' ', '-').toLowerCase();

	@AfterEach
	void removeImported() {
		this.make.removeArticlesAt(this.url);
		this.jdbc.queryForList("select id from person where created_by = 'queue-editor'", Long.class)
			.forEach((id) -> this.make.removeAfter("person", id));
	}

	@Test
	void anImportedArticleLeavesTheQueueOnceItsProposalsAreReviewed() throws Exception {
		Path file = Files.writeString(this.folder.resolve("story.jsonl"),
				"""
						{"url": "%s", "title": "Queue story", "outlet": "Queue Courier", "published": "2016-10-01", \
						"body": "\\"We will fix every road,\\" Mayor Ana Quintero said.\\n\\"Taxes stay where they are,\\" said Governor Paul Ostrander."}
						"""
					.formatted(this.url));
		this.imports.run(List.of(new ImportFile("story.jsonl", file)), false, "queue-editor");
		long article = this.jdbc.queryForObject("select id from article where url = ?", Long.class, this.url);
		assertThat(queued(article)).containsExactly(2);

		this.mvc
			.perform(post("/editor/articles/{id}/review/accept-all", article).param("confirm", "true")
				.with(editor())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/editor/articles/{id}/review", article).with(editor())).andExpect(status().isOk());

		assertThat(queued(article)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from quote where article_id = ?", Long.class, article))
			.isEqualTo(2);
	}

	private List<Integer> queued(long article) {
		return this.jdbc.queryForList("select proposals from proposal_queue where article_id = ?", Integer.class,
				article);
	}

	private static RequestPostProcessor editor() {
		return user("queue-editor").roles("EDITOR");
	}

}
