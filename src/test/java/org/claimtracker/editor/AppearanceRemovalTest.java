package org.claimtracker.editor;

import org.claimtracker.claim.AppearanceService;
import org.claimtracker.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A claim appearance placed in its article, not only one a correction flagged, is deleted
 * from the article's editing page; one changed since the page was opened is kept.
 * Requests commit, so that history is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppearanceRemovalTest {

	static final String WORDS = "campaign stop in Marietta";

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	AppearanceService appearances;

	@Autowired
	JdbcTemplate jdbc;

	EditorPages pages;

	long article;

	long claim;

	long appearance;

	@BeforeEach
	void appearance() {
		this.pages = new EditorPages(this.mvc);
		Fixtures.Article article = this.make.article("Ossowski spoke at a " + WORDS
				+ " on Monday, where he said sheriffs should swiftly turn criminal illegal aliens over to ICE agents.");
		this.article = article.id();
		this.claim = this.make.claim("Ossoff campaigned in Marietta.");
		this.appearance = article.appearance(this.claim, WORDS);
	}

	@Test
	void aPlacedAppearanceIsDeletedFromItsArticlesEditingPageAndKeptInHistory() throws Exception {
		Element item = listed(articlePage());
		assertThat(item.select("a[href=/editor/claims/" + this.claim + "]").text())
			.isEqualTo("Ossoff campaigned in Marietta.");
		assertThat(item.text()).contains("“" + WORDS + "”");
		assertThat(item.select("form").attr("action")).isEqualTo(action());
		assertThat(item.select("form input[name=_csrf]")).hasSize(1);
		assertThat(item.select("button").text()).isEqualTo("Delete the claim appearance");

		this.pages.send(action(), "version", item.select("input[name=version]").val())
			.andExpect(redirectedUrl("/editor/articles/" + this.article))
			.andExpect(flash().attribute("message", "editor.appearance.deleted"));
		assertThat(appearances()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from claim where id = ?", Integer.class, this.claim))
			.isOne();
		assertThat(articlePage().select("#appearance-item-" + this.appearance)).isEmpty();
		assertThat(this.pages.page(get("/history/appearance/" + this.appearance).with(user("ed").roles("EDITOR")))
			.select(".change h2")
			.first()
			.text()).contains("Deleted", "by ed");
	}

	@Test
	void aDeletionFromAPageOlderThanTheAppearanceIsAConflictThatKeepsIt() throws Exception {
		// two editors open the article's page; the first marks the claim's words
		// elsewhere, the second then deletes the appearance
		String seen = listed(articlePage()).select("input[name=version]").val();
		String moved = "swiftly turn criminal illegal aliens over to ICE agents";
		this.pages.send("/editor/appearances/" + this.appearance + "/anchor", "exact", moved, "version", seen)
			.andExpect(redirectedUrl("/editor/articles/" + this.article));

		Document conflict = Jsoup.parse(this.pages.send(action(), "version", seen)
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(conflict.select(".mine-words").text()).isEqualTo("Delete it");
		assertThat(conflict.select(".current-words").text()).isEqualTo(moved);
		assertThat(appearances()).isOne();
	}

	@Test
	void aFlaggedAppearanceIsListedForReviewOnlyNotAmongThePlacedOnes() throws Exception {
		this.jdbc.update("update claim_appearance set anchor_state = 'NEEDS_REVIEW' where id = ?", this.appearance);
		Document page = articlePage();
		assertThat(page.select("#appearance-item-" + this.appearance)).isEmpty();
		assertThat(page.select("#flagged-appearance-" + this.appearance)).hasSize(1);
	}

	private Document articlePage() throws Exception {
		return this.pages.page(get("/editor/articles/" + this.article).with(user("ed").roles("EDITOR")));
	}

	private Element listed(Document page) {
		Element item = page.selectFirst("#appearance-item-" + this.appearance);
		assertThat(item).as("the appearance's item on the article's editing page").isNotNull();
		return item;
	}

	private String action() {
		return "/editor/appearances/" + this.appearance + "/delete";
	}

	private int appearances() {
		return this.jdbc.queryForObject("select count(*) from claim_appearance where id = ?", Integer.class,
				this.appearance);
	}

}
