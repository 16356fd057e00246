package org.claimtracker.editor;

import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where an editor writes a claim or links a quote, the existing claims closest to it are
 * offered first: under the statement as it is typed (an htmx part of the same page), on a
 * saved claim's page with a way to merge one in, and at the top of the evidence form's
 * claims.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimSuggestionsTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	EditorPages pages;

	String name;

	long person;

	long held;

	@BeforeEach
	void aClaimHeld() {
		this.pages = new EditorPages(this.mvc);
		this.name = this.make.unique("Iris Calder");
		this.person = this.make.person(this.name);
		this.held = this.make.claim(new ClaimDraft(this.name + " wants the city's bus fares cut in half.",
				ClaimKind.POSITION, this.person, Set.of()));
	}

	@Test
	void theStatementAsTypedBringsTheClosestClaimsAlone() throws Exception {
		String part = this.mvc
			.perform(get("/editor/claims/new").param("statement", this.name + " would halve bus fares in the city")
				.param("subjectId", Long.toString(this.person))
				.header("HX-Request", "true")
				.with(user("ed").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(part).doesNotContain("<html", "<form");
		Document closest = Jsoup.parseBodyFragment(part);
		assertThat(closest.select("#closest-list li a").first().attr("href")).isEqualTo("/claims/" + this.held);
		// a new claim has nothing to merge into yet
		assertThat(closest.select(".merge-link")).isEmpty();

		String nothing = this.mvc
			.perform(get("/editor/claims/new").param("statement", "Harbour dredging starts in May")
				.header("HX-Request", "true")
				.with(user("ed").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parseBodyFragment(nothing).select("#closest-list a[href=/claims/" + this.held + "]"))
			.isEmpty();
	}

	@Test
	void theNewClaimPageAsksAsTheStatementIsTyped() throws Exception {
		Document page = this.pages.page(get("/editor/claims/new").with(user("ed").roles("EDITOR")));
		assertThat(page.select("#statement").attr("data-hx-get")).isEqualTo("/editor/claims/new");
		assertThat(page.select("#statement").attr("data-hx-target")).isEqualTo("#closest-list");
		assertThat(page.select("#closest-claims")).hasSize(1);
	}

	@Test
	void aSavedClaimsPageOffersToMergeTheClosestIntoIt() throws Exception {
		long again = this.make.claim(new ClaimDraft(this.name + " wants bus fares in the city cut in half.",
				ClaimKind.POSITION, this.person, Set.of()));
		Document page = this.pages.page(get("/editor/claims/" + again).with(user("ed").roles("EDITOR")));
		assertThat(page.select("#closest-claims li > a.merge-link").first().attr("href"))
			.isEqualTo("/editor/claims/" + again + "/merge?duplicate=" + this.held);
		assertThat(page.select("#closest-claims li > a[href=/claims/" + again + "]")).isEmpty();
	}

	@Test
	void theEvidenceFormOffersTheClaimsClosestToTheQuoteFirst() throws Exception {
		Fixtures.Article article = this.make.article("Calder said: \"We will cut bus fares in half.\"");
		long quote = article.quote("We will cut bus fares in half.", this.person);
		Document page = this.pages.page(get("/editor/quotes/" + quote).with(user("ed").roles("EDITOR")));
		assertThat(page.select("#claimId optgroup.closest-claims option").first().val())
			.isEqualTo(Long.toString(this.held));
		assertThat(page.select("#claimId optgroup.other-claims option[value=" + this.held + "]")).isEmpty();
	}

}
