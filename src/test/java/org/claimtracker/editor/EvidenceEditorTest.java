package org.claimtracker.editor;

import java.util.List;

import jakarta.persistence.EntityManager;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Revising and unlinking a quote's evidence: an unlink from a page older than the link is
 * a conflict, and a link is changed only through its own quote's address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvidenceEditorTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	long quote;

	long evidence;

	/** A quote of another article's, by the same speaker. */
	long other;

	/** A claim the quote is not evidence of. */
	long goals;

	/** The one word that finds {@link #goals} among the claims. */
	String goalsWord;

	String goalsStatement;

	@BeforeEach
	void evidence() {
		long speaker = this.make.person(this.make.unique("Eve Dence"));
		long opposes = this.make.claim(this.make.unique("The councillor opposes the county's roads plan"));
		this.goalsWord = this.make.unique("Goals").substring("Goals ".length());
		this.goalsStatement = "The councillor counts road repair among the top goals, says " + this.goalsWord + ".";
		this.goals = this.make.claim(this.goalsStatement);
		Fixtures.Article article = this.make
			.article("I think that federal money for the roads plan is wasted, the councillor said.");
		this.quote = article.quote("I think that federal money for the roads plan is wasted", speaker);
		this.evidence = this.make.evidence(this.quote, opposes, Stance.SUPPORTS);
		Fixtures.Article another = this.make.article("The councillor promised to support the bridge, and did.");
		this.other = another.quote("promised to support the bridge", speaker);
		this.make.publishClaim(opposes);
		this.make.publishClaim(this.goals);
		article.publish();
		another.publish();
	}

	@Test
	void unlinkingFromAStalePageIsAConflictThatKeepsTheRevisedLink() throws Exception {
		// two editors open the quote's page; the first revises the link, the second then
		// unlinks it
		String seen = unlinkVersion(quotePage());
		this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/evidence/" + this.evidence)
				.param("stance", "CONTRADICTS")
				.param("rationale", "Revised by the first editor.")
				.param("version", seen))
			.andExpect(redirectedUrl("/editor/quotes/" + this.quote));
		Document conflict = Jsoup.parse(this.mvc.perform(unlink(this.quote, seen))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(conflict.select(".mine-evidence").text()).contains("Unlink it");
		assertThat(conflict.select(".current-evidence").text()).contains("Revised by the first editor.");
		assertThat(rationale()).isEqualTo("Revised by the first editor.");

		// from the page as it is now, the unlink goes through
		this.mvc.perform(unlink(this.quote, unlinkVersion(conflict)))
			.andExpect(redirectedUrl("/editor/quotes/" + this.quote))
			.andExpect(flash().attribute("message", "editor.evidence.removed"));
		assertThat(links()).isZero();
	}

	@Test
	void aRevisionMissingItsRationaleIsShownOnThatLinksFormWithWhatWasEntered() throws Exception {
		String before = rationale();
		String version = unlinkVersion(quotePage());
		Document page = Jsoup
			.parse(this.mvc
				.perform(editorPost("/editor/quotes/" + this.quote + "/evidence/" + this.evidence)
					.param("stance", "CONTRADICTS")
					.param("rationale", "  ")
					.param("version", version))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select("#revision-error-" + this.evidence).text()).isNotBlank();
		assertThat(page.select("#rationale-" + this.evidence).attr("aria-invalid")).isEqualTo("true");
		// the stance entered, not the one saved
		assertThat(page.select("#stance-" + this.evidence + " option[selected]").val()).isEqualTo("CONTRADICTS");
		assertThat(page.select(".field-error[id^=revision-error-]")).hasSize(1);

		Document noVersion = Jsoup.parse(this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/evidence/" + this.evidence)
				.param("stance", "SUPPORTS")
				.param("rationale", "Kept as typed."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(noVersion.select("#revision-error-" + this.evidence).text()).isNotBlank();
		assertThat(noVersion.select("#rationale-" + this.evidence).text()).isEqualTo("Kept as typed.");
		assertThat(rationale()).isEqualTo(before);
	}

	@Test
	void aLinkRefusedForWantOfARationaleOffersTheClaimsFoundBefore() throws Exception {
		Document page = Jsoup.parse(this.mvc
			.perform(editorPost("/editor/quotes/" + this.quote + "/evidence").param("claimId", "")
				.param("stance", "SUPPORTS")
				.param("rationale", "")
				.param("find", this.goalsWord))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#find-claim").val()).isEqualTo(this.goalsWord);
		assertThat(page.select("#claimId option[value!=]").eachText()).containsExactly(this.goalsStatement);
		assertThat(page.select("form[action$=/evidence] input[name=find]").val()).isEqualTo(this.goalsWord);
	}

	@Test
	void theLinkFormHasNoStanceChosen() throws Exception {
		Document page = quotePage();
		assertThat(page.select("form[action$=/evidence] input[type=radio][name=stance]").eachAttr("value"))
			.containsExactly("SUPPORTS", "CONTRADICTS");
		assertThat(page.select("form[action$=/evidence] input[name=stance][checked]")).isEmpty();
	}

	@Test
	void aLinkWithoutAStanceIsShownAgainWithTheReasonAndLinksNothing() throws Exception {
		long claim = this.goals;
		String links = "select count(*) from evidence where quote_id = " + this.quote;
		long before = this.jdbc.queryForObject(links, Long.class);
		// no stance sent, as when no radio is chosen, or an empty one
		for (MockHttpServletRequestBuilder request : List.of(link(claim), link(claim).param("stance", ""))) {
			Document page = EditorPages.shown(this.mvc.perform(request));
			assertThat(page.select("form[action$=/evidence] #stance-error").text())
				.isEqualTo("Choose whether the quote supports or contradicts the claim.");
			assertThat(page.select("form[action$=/evidence] input[name=stance]").eachAttr("aria-describedby"))
				.containsOnly("stance-error");
			assertThat(page.select("form[action$=/evidence] input[name=stance][checked]")).isEmpty();
			// what the editor did choose and write is kept
			assertThat(page.select("#claimId option[selected]").val()).isEqualTo(Long.toString(claim));
			assertThat(page.select("#rationale").text()).isEqualTo("Which way does it bear?");
		}
		assertThat(this.jdbc.queryForObject(links, Long.class)).isEqualTo(before);
	}

	@Test
	void aQuoteIsDeletedFromItsOwnPageWithItsEvidence() throws Exception {
		long article = this.jdbc.queryForObject("select article_id from quote where id = ?", Long.class, this.quote);
		Document page = quotePage();
		String action = "/editor/quotes/" + this.quote + "/delete";
		assertThat(page.select("form[action=" + action + "] button").text()).isEqualTo("Delete the quote");
		this.mvc
			.perform(editorPost(action).param("version",
					page.select("form[action=" + action + "] input[name=version]").val()))
			.andExpect(redirectedUrl("/editor/articles/" + article))
			.andExpect(flash().attribute("message", "editor.quote.deleted"));
		this.entities.flush();
		assertThat(this.jdbc.queryForObject("select count(*) from quote where id = ?", Long.class, this.quote))
			.isZero();
		assertThat(links()).isZero();
	}

	@Test
	void unlinkingWithoutAVersionAsksForAReload() throws Exception {
		this.mvc.perform(editorPost("/editor/quotes/" + this.quote + "/evidence/" + this.evidence + "/delete"))
			.andExpect(redirectedUrl("/editor/quotes/" + this.quote))
			.andExpect(flash().attribute("message", "editor.version.missing"));
		assertThat(links()).isOne();
	}

	@Test
	void aLinkIsNotFoundThroughAnotherQuotesAddress() throws Exception {
		long other = this.other;
		String version = unlinkVersion(quotePage());
		String before = rationale();
		this.mvc.perform(unlink(other, version)).andExpect(status().isNotFound());
		this.mvc
			.perform(editorPost("/editor/quotes/" + other + "/evidence/" + this.evidence).param("stance", "SUPPORTS")
				.param("rationale", "Changed through another quote.")
				.param("version", version))
			.andExpect(status().isNotFound());
		assertThat(links()).isOne();
		assertThat(rationale()).isEqualTo(before);
	}

	private Document quotePage() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/editor/quotes/" + this.quote).with(editor()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The version the page's unlink form for the link sends. */
	private String unlinkVersion(Document page) {
		String action = "/editor/quotes/" + this.quote + "/evidence/" + this.evidence + "/delete";
		return page.select("form[action=" + action + "] input[name=version]").val();
	}

	/** Links the quote to the claim, with a rationale and no stance yet. */
	private MockHttpServletRequestBuilder link(long claim) {
		return editorPost("/editor/quotes/" + this.quote + "/evidence").param("claimId", Long.toString(claim))
			.param("rationale", "Which way does it bear?");
	}

	private MockHttpServletRequestBuilder unlink(long quote, String version) {
		return editorPost("/editor/quotes/" + quote + "/evidence/" + this.evidence + "/delete").param("version",
				version);
	}

	private String rationale() {
		return this.jdbc.queryForObject("select rationale from evidence where id = ?", String.class, this.evidence);
	}

	private long links() {
		return this.jdbc.queryForObject("select count(*) from evidence where id = ?", Long.class, this.evidence);
	}

	private static MockHttpServletRequestBuilder editorPost(String path) {
		return post(path).with(csrf()).with(editor());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
