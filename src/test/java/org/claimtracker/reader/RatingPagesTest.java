package org.claimtracker.reader;

import java.util.List;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.claimtracker.claim.RatingService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A claim's rating on the reader's pages: in a block of its own apart from the evidence
 * counts, in neutral colours, with its rationale and who rated it; a draft rating shows
 * to editors only; imported ratings with their checker and scale; lists show the rating's
 * name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingPagesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	RatingService ratings;

	@Autowired
	JdbcTemplate jdbc;

	long claim;

	String slug;

	@BeforeEach
	void aRatedClaimInATopic() {
		String topic = this.make.unique("Road works");
		long topicId = this.make.topic(topic);
		this.slug = this.jdbc.queryForObject("select slug from topic where id = ?", String.class, topicId);
		this.claim = this.make.claim(new ClaimDraft(this.make.unique("The county paved every road it promised"),
				ClaimKind.FACTUAL, null, Set.of(topicId)));
		this.make.publishClaim(this.claim);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("rater", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
		this.ratings.rate(this.claim, null, "Mostly false", "Two of the five roads were paved.");
		SecurityContextHolder.clearContext();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDraftRatingShowsToEditorsOnly() throws Exception {
		Document reader = page(get("/claims/" + this.claim));
		assertThat(reader.select(".ratings .rating-name").text()).isEqualTo("Not rated");
		assertThat(reader.text()).doesNotContain("Mostly false", "Two of the five roads");

		Document editor = page(get("/claims/" + this.claim).with(user("someone").roles("EDITOR")));
		assertThat(editor.select(".ratings .rating-name").text()).contains("Draft", "Mostly false");
		assertThat(editor.select(".ratings .rating-rationale").text()).contains("Two of the five roads were paved.");

		Document list = page(get("/claims?topic=" + this.slug));
		assertThat(list.select(".claim-rating .rating-badge").eachText()).containsExactly("Not rated");
	}

	@Test
	void aPublishedRatingStandsApartFromTheCountsInNeutralColours() throws Exception {
		this.make.publishClaim(this.claim);

		Document page = page(get("/claims/" + this.claim));
		Element block = page.selectFirst("section.ratings");
		assertThat(block).isNotNull();
		assertThat(block.select(".rating-badge").text()).isEqualTo("Mostly false");
		assertThat(block.select(".rating-rationale").text()).isEqualTo("Why: Two of the five roads were paved.");
		// who rated it: to readers the newsroom's editors, as a claim's byline says; an
		// account's sign-in name only to editors
		assertThat(block.select(".rating-by").text()).startsWith("Rated by ClaimTracker's editors on ");
		assertThat(page(get("/claims/" + this.claim).with(user("someone").roles("EDITOR"))).select(".rating-by").text())
			.startsWith("Rated by rater on ");
		// apart from the counts: not inside them, nor they inside it, and before them
		assertThat(block.select(".balance")).isEmpty();
		assertThat(page.select(".balance").parents()).doesNotContain(block);
		assertThat(page.html().indexOf("class=\"ratings\"")).isLessThan(page.html().indexOf("class=\"balance\""));
		// never in a stance's colours
		assertThat(block.select("[class*=stance], [class*=supports], [class*=contradicts]")).isEmpty();

		for (String list : List.of("/claims?topic=" + this.slug, "/topics/" + this.slug)) {
			Document listed = page(get(list));
			assertThat(listed.select(".claim-rating .rating-badge").eachText()).as(list)
				.containsExactly("Mostly false");
		}
	}

	@Test
	void importedRatingsShowTheirCheckerAndScale() throws Exception {
		this.jdbc
			.update("""
					insert into claim_rating (claim_id, name, value, best, worst, checker, review_url, reviewed_on, status)
					values (?, null, '2', '5', '1', 'Example Check', 'https://example.org/review/7', '2024-05-01', 'PUBLISHED'),
					       (?, 'Pants on Fire!', null, null, null, 'PolitiFact', 'javascript:alert(1)', null, 'PUBLISHED')""",
					this.claim, this.claim);

		Document page = page(get("/claims/" + this.claim));
		assertThat(page.select(".checker-ratings li")).hasSize(2);
		Element numeric = page.select(".checker-ratings li").get(0);
		assertThat(numeric.select(".rating-badge").text()).isEqualTo("2 of 5");
		assertThat(numeric.text()).contains("Rated by Example Check", "Reviewed on 1 May 2024");
		assertThat(numeric.select("a").attr("href")).isEqualTo("https://example.org/review/7");
		Element named = page.select(".checker-ratings li").get(1);
		assertThat(named.select(".rating-badge").text()).isEqualTo("Pants on Fire!");
		assertThat(named.text()).contains("Rated by PolitiFact");
		// an address that is no web page's is not linked
		assertThat(named.select("a")).isEmpty();
		// the newsroom's draft rating is not among them, and it is not rated for readers
		assertThat(page.select(".ratings > .rating-name").text()).isEqualTo("Not rated");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
