package org.claimtracker.editor;

import java.util.List;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.Stance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Merging a duplicate claim into the claim kept: its evidence, appearances, ratings and
 * topics move; a quote linked to both and a rating on both keep the kept claim's; its
 * addresses, page and API, lead to the kept claim for good; both histories keep the
 * merge; a merge from a stale version of either claim merges nothing. Requests commit, as
 * in use, so that history is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimMergeTest {

	@Autowired
	MockMvc mvc;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	JdbcTemplate jdbc;

	EditorPages pages;

	long kept;

	long duplicate;

	long both;

	long movedQuote;

	long appearance;

	String duplicateStatement;

	@BeforeEach
	void twoClaimsThatSayTheSame() {
		this.pages = new EditorPages(this.mvc);
		long person = this.make.person(this.make.unique("Mara Quist"));
		long schools = this.make.topic(this.make.unique("Schools"));
		long budget = this.make.topic(this.make.unique("Budget"));
		this.kept = this.make.claim(new ClaimDraft("Mara Quist wants smaller school classes.", ClaimKind.POSITION,
				person, Set.of(schools)));
		this.duplicateStatement = "Mara Quist wants school classes to be smaller.";
		this.duplicate = this.make
			.claim(new ClaimDraft(this.duplicateStatement, ClaimKind.POSITION, person, Set.of(schools, budget)));
		Fixtures.Article article = this.make
			.article("Quist said \"twenty pupils a class is enough\" and \"we will hire teachers\" in the district.");
		this.both = article.quote("twenty pupils a class is enough", person);
		this.movedQuote = article.quote("we will hire teachers", person);
		this.make.evidence(this.both, this.kept, Stance.SUPPORTS);
		this.make.evidence(this.both, this.duplicate, Stance.CONTRADICTS);
		this.make.evidence(this.movedQuote, this.duplicate, Stance.SUPPORTS);
		this.appearance = article.appearance(this.duplicate, "the district");
		article.publish();
		this.make.rating(this.kept, "Mostly true", "The kept claim's rating.");
		this.make.rating(this.duplicate, "False", "The duplicate's rating.");
		this.make.publishClaim(this.kept);
		this.make.publishClaim(this.duplicate);
	}

	@Test
	void theConfirmationSetsTheTwoClaimsSideBySideWithWhatMoves() throws Exception {
		Document editing = this.pages.page(get("/editor/claims/" + this.kept).with(editor()));
		assertThat(editing.select("#merge-claim form").attr("action")).isEqualTo(action());
		assertThat(editing.select("#merge-claim form").attr("method")).isEqualTo("get");

		Document page = confirmation();
		assertThat(page.select(".kept-statement").text()).isEqualTo("Mara Quist wants smaller school classes.");
		assertThat(page.select(".duplicate-statement").text()).isEqualTo(this.duplicateStatement);
		assertThat(page.select(".merge-help").text()).startsWith(
				"The duplicate’s 2 evidence links and 1 appearance move to the kept claim, with its ratings and topics");
		assertThat(page.select("form input[name=duplicate]").val()).isEqualTo(Long.toString(this.duplicate));
		assertThat(page.select(".claim-merge form input[name=_csrf]")).hasSize(1);
		assertThat(remaining(this.duplicate)).isEqualTo(1);
	}

	@Test
	void evidenceAppearancesRatingsAndTopicsMoveToTheKeptClaim() throws Exception {
		long droppedLink = link(this.both, this.duplicate);
		MvcResult merged = merge(confirmation()).andExpect(redirectedUrl("/claims/" + this.kept))
			.andExpect(flash().attribute("message", "editor.claim.merged"))
			.andExpect(
					flash().attribute("mergeNotes", List.of("editor.claim.merged.both", "editor.claim.merged.rating")))
			.andReturn();

		assertThat(remaining(this.duplicate)).isZero();
		// the quote linked to both keeps the kept claim's link; the other moved
		assertThat(this.jdbc.queryForList(
				"select quote_id || ' ' || stance from evidence where claim_id = ? order by quote_id", String.class,
				this.kept))
			.containsExactly(this.both + " SUPPORTS", this.movedQuote + " SUPPORTS");
		assertThat(this.jdbc.queryForObject("select claim_id from claim_appearance where id = ?", Long.class,
				this.appearance))
			.isEqualTo(this.kept);
		assertThat(this.jdbc.queryForList("select name from claim_rating where claim_id = ?", String.class, this.kept))
			.containsExactly("Mostly true");
		assertThat(this.jdbc.queryForObject("select count(*) from claim_topic where claim_id = ?", Integer.class,
				this.kept))
			.isEqualTo(2);
		// the link that gave way keeps its stance and rationale in its history
		assertThat(this.jdbc.queryForObject(
				"select stance || ': ' || rationale from evidence_history where id = ? and revtype = 2", String.class,
				droppedLink))
			.isEqualTo("CONTRADICTS: The fixture says so.");

		Document claimPage = this.pages
			.page(get("/claims/" + this.kept).with(editor()).cookie(merged.getResponse().getCookie("SESSION")));
		assertThat(claimPage.select(".notice").eachText()).containsExactly(
				"The duplicate was merged into this claim; its address now leads here.",
				"Quotes linked to both claims kept this claim’s link; the duplicate’s stance and rationale are in its history.",
				"Both claims had a newsroom rating: this claim’s stays; the duplicate’s is in its history.");
		assertThat(claimPage.select("a[href=/quotes/" + this.movedQuote + "]")).isNotEmpty();
	}

	@Test
	void theDuplicatesAddressesLeadToTheKeptClaimForGood() throws Exception {
		merge(confirmation()).andExpect(redirectedUrl("/claims/" + this.kept));

		this.mvc.perform(get("/claims/" + this.duplicate).accept(MediaType.TEXT_HTML))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/claims/" + this.kept));
		this.mvc.perform(get("/claims/" + this.duplicate + "?from=search").accept(MediaType.TEXT_HTML))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/claims/" + this.kept + "?from=search"));
		this.mvc.perform(get("/api/v1/claims/" + this.duplicate).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isPermanentRedirect())
			.andExpect(header().string("Location", "/api/v1/claims/" + this.kept));
		// a change sent to the merged claim is meant for a claim that is gone
		this.mvc
			.perform(delete("/api/v1/claims/" + this.duplicate).with(editor()).with(csrf()).header("If-Match", "\"0\""))
			.andExpect(status().is4xxClientError());
		assertThat(remaining(this.kept)).isEqualTo(1);
		// the kept claim's page answers as before
		this.mvc.perform(get("/claims/" + this.kept).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		this.mvc.perform(get("/claims/98765432").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
	}

	@Test
	void bothHistoriesKeepTheMerge() throws Exception {
		merge(confirmation()).andExpect(redirectedUrl("/claims/" + this.kept));

		Document kept = this.pages.page(get("/history/claim/" + this.kept).with(editor()));
		assertThat(kept.select(".change").first().select("tr:has(th:contains(merged in)) td").text())
			.contains("#" + this.duplicate + ": " + this.duplicateStatement);
		assertThat(kept.select(".change").first().text()).contains(
				"Quotes linked to both claims keep the kept claim's link: #" + this.both,
				"Both claims had a newsroom rating: the kept claim's stays.");

		Document merged = this.pages.page(get("/history/claim/" + this.duplicate).with(editor()));
		assertThat(merged.select("h1 + p").text()).isEqualTo("It was deleted: this history is all that is left of it.");
		assertThat(merged.select(".change").first().select("h2").text()).contains("Deleted", "by ed");
		assertThat(merged.select(".change").first().select("tr:has(th:contains(merged into)) td").text())
			.contains("#" + this.kept);
	}

	@Test
	void aMergeFromAStaleVersionOfEitherClaimMergesNothing() throws Exception {
		Document seen = confirmation();
		// someone revises the duplicate after the page was opened
		this.pages
			.send("/editor/claims/" + this.duplicate, "statement", "Mara Quist wants classes of twenty.", "kind",
					"FACTUAL", "version", version(this.duplicate))
			.andExpect(redirectedUrl("/claims/" + this.duplicate));
		Document conflict = Jsoup
			.parse(merge(seen).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
		assertThat(conflict.select(".conflict p").text()).startsWith("Nothing was merged");
		assertThat(conflict.select(".duplicate-statement").text()).isEqualTo("Mara Quist wants classes of twenty.");
		assertThat(remaining(this.duplicate)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where claim_id = ?", Integer.class,
				this.duplicate))
			.isEqualTo(2);

		// and the kept claim's version counts too
		Document again = conflict;
		this.pages
			.send("/editor/claims/" + this.kept, "statement", "Mara Quist wants smaller classes.", "kind", "FACTUAL",
					"version", version(this.kept))
			.andExpect(redirectedUrl("/claims/" + this.kept));
		merge(again).andExpect(status().isConflict());
		assertThat(remaining(this.duplicate)).isEqualTo(1);

		// from the page as it is now, the merge goes through
		merge(confirmation()).andExpect(redirectedUrl("/claims/" + this.kept));
		assertThat(remaining(this.duplicate)).isZero();
	}

	@Test
	void aClaimIsNotMergedIntoItselfNorByAReader() throws Exception {
		Document itself = this.pages.page(get(action()).param("duplicate", Long.toString(this.kept)).with(editor()));
		assertThat(itself.select(".notice.error").text()).startsWith("A claim cannot be merged into itself");
		this.pages
			.send(action(), "duplicate", Long.toString(this.kept), "keptVersion", version(this.kept),
					"duplicateVersion", version(this.kept))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(action()).param("duplicate", Long.toString(this.duplicate))
				.param("keptVersion", version(this.kept))
				.param("duplicateVersion", version(this.duplicate))
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(action()).param("duplicate", "abc").with(editor())).andExpect(status().isBadRequest());
		this.mvc.perform(get(action()).param("duplicate", "98765432").with(editor())).andExpect(status().isNotFound());
		assertThat(remaining(this.duplicate)).isEqualTo(1);
	}

	private Document confirmation() throws Exception {
		return this.pages.page(get(action()).param("duplicate", Long.toString(this.duplicate)).with(editor()));
	}

	private ResultActions merge(Document page) throws Exception {
		return this.pages.send(action(), "duplicate", page.select("form input[name=duplicate]").val(), "keptVersion",
				page.select("form input[name=keptVersion]").val(), "duplicateVersion",
				page.select("form input[name=duplicateVersion]").val());
	}

	private String action() {
		return "/editor/claims/" + this.kept + "/merge";
	}

	private String version(long claim) {
		return this.jdbc.queryForObject("select version from claim where id = ?", String.class, claim);
	}

	private long link(long quote, long claim) {
		return this.jdbc.queryForObject("select id from evidence where quote_id = ? and claim_id = ?", Long.class,
				quote, claim);
	}

	private int remaining(long claim) {
		return this.jdbc.queryForObject("select count(*) from claim where id = ?", Integer.class, claim);
	}

	private static RequestPostProcessor editor() {
		return user("ed").roles("EDITOR");
	}

}
