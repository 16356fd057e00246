package org.claimtracker.editor;

import java.util.List;

import org.claimtracker.claim.AppearanceService;
import org.claimtracker.claim.EvidenceService;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting a claim from its editing page: the page says what goes with it, a deletion
 * from a stale version deletes nothing, and the history keeps all that went. Requests
 * commit, as in use, so that history is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimDeletionTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	EvidenceService links;

	@Autowired
	AppearanceService appearances;

	@Autowired
	JdbcTemplate jdbc;

	EditorPages pages;

	long claim;

	List<Long> evidence;

	long appearance;

	@BeforeEach
	void claimWithEvidenceAndAnAppearance() {
		this.pages = new EditorPages(this.mvc);
		long speaker = this.make.person(this.make.unique("Jon Ossowski"));
		Fixtures.Article article = this.make.article(
				"Ossowski said \"federal agents should decide\" and later \"we will never allow amnesty\" in Georgia.");
		long supporting = article.quote("federal agents should decide", speaker);
		long contradicting = article.quote("we will never allow amnesty", speaker);
		article.publish();
		this.claim = this.make.claim("Soon to be deleted.");
		this.evidence = List.of(this.make.evidence(supporting, this.claim, Stance.SUPPORTS),
				this.make.evidence(contradicting, this.claim, Stance.CONTRADICTS));
		this.appearance = article.appearance(this.claim, "Georgia");
	}

	@Test
	void theEditingPageSaysWhatDeletingTakesWithItBeforeAnythingGoes() throws Exception {
		Document page = editingPage();
		assertThat(page.select("#delete-claim summary").text()).isEqualTo("Delete this claim");
		assertThat(page.select("#delete-claim").hasAttr("open")).isFalse();
		assertThat(page.select("#delete-claim .deletion").text()).isEqualTo(
				"Deleting the claim also deletes its 2 evidence links and its 1 appearance in an article. Readers no longer see them; the history of each is kept.");
		assertThat(page.select("#delete-claim form").attr("action")).isEqualTo(action());
		assertThat(page.select("#delete-claim form input[name=_csrf]")).hasSize(1);
		assertThat(page.select("#delete-claim button").text()).isEqualTo("Yes, delete the claim");
		assertThat(remaining()).containsExactly(1, 2, 1);
	}

	@Test
	void deletingTakesTheEvidenceAndAppearancesWhileTheHistoryKeepsThem() throws Exception {
		MvcResult deleted = this.pages.send(action(), "version", versionOnPage(editingPage()))
			.andExpect(redirectedUrl("/claims"))
			.andExpect(flash().attribute("message", "editor.claim.deleted"))
			.andReturn();
		assertThat(remaining()).containsExactly(0, 0, 0);
		// the flash attributes live in the session, which is kept in the database
		Document list = this.pages
			.page(get("/claims").with(editor()).cookie(deleted.getResponse().getCookie("SESSION")));
		assertThat(list.select(".notice").text())
			.isEqualTo("The claim was deleted with its evidence links and appearances; its history is kept.");

		Document history = this.pages.page(get("/history/claim/" + this.claim).with(editor()));
		assertThat(history.select(".change").first().select("h2").text()).contains("Deleted", "by ed");
		assertThat(history.select("h1 + p").text())
			.isEqualTo("It was deleted: this history is all that is left of it.");
		assertThat(history.select(".change").last().select("tr:has(th:contains(statement)) td").eachText())
			.containsExactly("Soon to be deleted.");
		for (long link : this.evidence) {
			assertThat(this.pages.page(get("/history/evidence/" + link).with(editor()))
				.select(".change h2")
				.first()
				.text()).contains("Deleted");
		}
		assertThat(this.pages.page(get("/history/appearance/" + this.appearance).with(editor()))
			.select(".change h2")
			.first()
			.text()).contains("Deleted");
	}

	@Test
	void aDeletionFromAStaleVersionIsAConflictThatDeletesNothing() throws Exception {
		// two editors open the claim's page; the first revises it, the second then
		// deletes it
		String seen = versionOnPage(editingPage());
		this.pages
			.send("/editor/claims/" + this.claim, "statement", "Revised by the first editor.", "kind", "FACTUAL",
					"version", seen)
			.andExpect(redirectedUrl("/claims/" + this.claim));
		Document conflict = Jsoup.parse(this.pages.send(action(), "version", seen)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(remaining()).containsExactly(1, 2, 1);
		assertThat(conflict.select(".conflict p").first().text()).startsWith("Nothing was deleted");
		assertThat(conflict.select(".mine-statement").text()).isEqualTo("Delete this claim");
		assertThat(conflict.select(".current-statement").text()).isEqualTo("Revised by the first editor.");
		assertThat(conflict.select("#delete-claim").hasAttr("open")).isTrue();
		assertThat(conflict.select("#delete-claim .deletion").text()).contains("its 2 evidence links");

		// from the page as it is now, the deletion goes through
		this.pages.send(action(), "version", versionOnPage(conflict)).andExpect(redirectedUrl("/claims"));
		assertThat(remaining()).containsExactly(0, 0, 0);
	}

	@Test
	void aDeletionWithoutItsTokenIsRefused() throws Exception {
		this.mvc.perform(post(action()).param("version", "0").with(editor())).andExpect(status().isForbidden());
		this.mvc.perform(post(action()).param("version", "0").with(csrf().useInvalidToken()).with(editor()))
			.andExpect(status().isForbidden());
		assertThat(remaining()).containsExactly(1, 2, 1);
	}

	@Test
	void readersAreSentToSignIn() throws Exception {
		this.mvc.perform(post(action()).param("version", "0").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/editor/claims/" + this.claim)).andExpect(redirectedUrl("/login"));
		assertThat(remaining()).containsExactly(1, 2, 1);
	}

	@Test
	void aMissingClaimIsNotFoundAndAFormWithoutItsVersionAsksForAReload() throws Exception {
		this.pages.send("/editor/claims/987654321/delete", "version", "0").andExpect(status().isNotFound());
		this.pages.send("/editor/claims/987654321/delete").andExpect(status().isNotFound());
		this.pages.send(action())
			.andExpect(redirectedUrl("/editor/claims/" + this.claim))
			.andExpect(flash().attribute("message", "editor.version.missing"));
		assertThat(remaining()).containsExactly(1, 2, 1);
	}

	private Document editingPage() throws Exception {
		return this.pages.page(get("/editor/claims/" + this.claim).with(editor()));
	}

	private String action() {
		return "/editor/claims/" + this.claim + "/delete";
	}

	private static String versionOnPage(Document page) {
		return page.select("#delete-claim form input[name=version]").val();
	}

	/** How many of the claim, its evidence links and its appearances are left. */
	private List<Integer> remaining() {
		return List.of(this.jdbc.queryForObject("select count(*) from claim where id = ?", Integer.class, this.claim),
				this.jdbc.queryForObject("select count(*) from evidence where claim_id = ?", Integer.class, this.claim),
				this.jdbc.queryForObject("select count(*) from claim_appearance where claim_id = ?", Integer.class,
						this.claim));
	}

	private static RequestPostProcessor editor() {
		return user("ed").roles("EDITOR");
	}

}
