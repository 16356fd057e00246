package org.claimtracker.editor;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.ClaimService;
import org.claimtracker.common.StaleEditException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors saving the same claim from the same version: one wins, the other sees both
 * texts, nothing is lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConflictTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ClaimService claims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	@Qualifier("staleEditAdvisor")
	Advisor staleEdits;

	@Test
	void secondSaveFromTheSameVersionGetsAConflictPageWithBothTexts() throws Exception {
		long claim = this.make.claim("Original wording.");
		int version = this.jdbc.queryForObject("select version from claim where id = ?", Integer.class, claim);
		save(claim, version, "First editor's wording.").andExpect(status().is3xxRedirection());
		String html = save(claim, version, "Second editor's wording.").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".mine-statement").text()).isEqualTo("Second editor's wording.");
		assertThat(page.select(".current-statement").text()).isEqualTo("First editor's wording.");
		assertThat(page.select("textarea#statement").text()).isEqualTo("First editor's wording.");
		assertThat(statement(claim)).isEqualTo("First editor's wording.");
	}

	@Test
	void aConflictOverTheSubjectAndTopicsShowsThemOnBothSides() throws Exception {
		String first = this.make.unique("Jon Ossowski");
		String second = this.make.unique("David Perdew");
		long ossoff = this.make.person(first);
		long perdue = this.make.person(second);
		String immigrationName = this.make.unique("Immigration");
		String policingName = this.make.unique("Policing");
		long immigration = this.make.topic(immigrationName);
		long policing = this.make.topic(policingName);
		long claim = this.make.claim(new ClaimDraft("Backs the program.", ClaimKind.POSITION, ossoff, Set.of()));
		int version = this.jdbc.queryForObject("select version from claim where id = ?", Integer.class, claim);
		savePosition(claim, version, ossoff, immigration).andExpect(status().is3xxRedirection());
		String html = savePosition(claim, version, perdue, policing).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".mine-about").text()).isEqualTo("Position · " + second);
		assertThat(page.select(".current-about").text()).isEqualTo("Position · " + first);
		assertThat(page.select(".mine-topics").text()).isEqualTo("Topics: " + policingName);
		assertThat(page.select(".current-topics").text()).isEqualTo("Topics: " + immigrationName);
	}

	@Test
	void concurrentSavesNeverOverwriteEachOther() throws Exception {
		long claim = this.make.claim("Original wording.");
		int version = this.jdbc.queryForObject("select version from claim where id = ?", Integer.class, claim);
		CountDownLatch firstFlushed = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture
			.runAsync(() -> this.transactions.executeWithoutResult((tx) -> {
				this.claims.update(claim, version, draft("First editor's wording."));
				firstFlushed.countDown();
				await(secondStarted);
			}));
		await(firstFlushed);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
			secondStarted.countDown();
			this.claims.update(claim, version, draft("Second editor's wording."));
		});
		first.get(30, TimeUnit.SECONDS);
		// refused either by the version check or, when both passed it, by the
		// versioned UPDATE: the same exception either way
		assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause().isInstanceOf(StaleEditException.class);
		assertThat(statement(claim)).isEqualTo("First editor's wording.");
	}

	@Test
	void aLostLockIsTurnedIntoAStaleEditAroundTheTransaction() {
		// outermost, so that a versioned UPDATE refused at commit is turned too
		assertThat(((Advised) this.claims).getAdvisors()[0]).isSameAs(this.staleEdits);
	}

	private org.springframework.test.web.servlet.ResultActions save(long claim, int version, String statement)
			throws Exception {
		return this.mvc.perform(post("/editor/claims/" + claim).with(csrf())
			.with(user("editor").roles("EDITOR"))
			.param("statement", statement)
			.param("kind", "FACTUAL")
			.param("version", Integer.toString(version)));
	}

	private org.springframework.test.web.servlet.ResultActions savePosition(long claim, int version, long subject,
			long topic) throws Exception {
		return this.mvc.perform(post("/editor/claims/" + claim).with(csrf())
			.with(user("editor").roles("EDITOR"))
			.param("statement", "Backs the program.")
			.param("kind", "POSITION")
			.param("subjectId", Long.toString(subject))
			.param("topicIds", Long.toString(topic))
			.param("version", Integer.toString(version)));
	}

	private static ClaimDraft draft(String statement) {
		return new ClaimDraft(statement, ClaimKind.FACTUAL, null, Set.of());
	}

	private String statement(long claim) {
		return this.jdbc.queryForObject("select statement from claim where id = ?", String.class, claim);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
