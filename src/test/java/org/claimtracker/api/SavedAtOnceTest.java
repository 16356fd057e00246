package org.claimtracker.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Two saves of the same new address at the same moment: both find it free, the database
 * takes the first and refuses the second, which answers 409 and stores nothing, not a
 * server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SavedAtOnceTest {

	static final String TAKEN = "https://example.org/saved-at-once";

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	DataSource data;

	@Autowired
	JdbcTemplate jdbc;

	long first;

	long second;

	@BeforeEach
	void twoArticles() {
		this.first = this.make.article("One.").id();
		this.second = this.make.article("Two.").id();
	}

	@Test
	void theSecondOfTwoSavesOfTheSameAddressIsAConflict() throws Exception {
		String secondUrl = this.jdbc.queryForObject("select url from article where id = ?", String.class, this.second);
		try (Connection other = this.data.getConnection()) {
			// another editor's save of the address, not yet committed: the app's check
			// finds it free
			other.setAutoCommit(false);
			try (PreparedStatement update = other.prepareStatement("update article set url = ? where id = ?")) {
				update.setString(1, TAKEN);
				update.setLong(2, this.first);
				update.executeUpdate();
			}
			CompletableFuture<MvcResult> save = CompletableFuture.supplyAsync(() -> {
				try {
					return this.mvc.perform(put("/api/v1/articles/" + this.second).with(user("ed").roles("EDITOR"))
						.contentType(MediaType.APPLICATION_JSON)
						.header("If-Match", "\"" + version(this.second) + "\"")
						.content(
								"{\"title\": \"Second\", \"outlet\": \"Valley Gazette\", \"published\": \"2024-05-06\","
										+ " \"url\": \"" + TAKEN + "\"}"))
						.andReturn();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			awaitWaitingForALock();
			other.commit();
			MvcResult result = save.get();
			assertThat(result.getResponse().getStatus()).isEqualTo(409);
			assertThat(result.getResponse().getContentAsString()).contains("at the same moment");
		}
		assertThat(this.jdbc.queryForObject("select url from article where id = ?", String.class, this.second))
			.isEqualTo(secondUrl);
	}

	private int version(long article) {
		return this.jdbc.queryForObject("select version from article where id = ?", Integer.class, article);
	}

	/**
	 * Until the app's save waits on the uncommitted one for the address's unique index.
	 */
	private void awaitWaitingForALock() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
				Integer.class) == 0) {
			assertThat(System.nanoTime()).as("the save waits for the other").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
