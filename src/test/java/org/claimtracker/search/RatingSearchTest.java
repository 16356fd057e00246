package org.claimtracker.search;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.claimtracker.Fixtures;
import org.claimtracker.claim.RatingService;
import org.claimtracker.claim.Stance;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching quotes by the newsroom's rating of the claims they bear on: a filter by a
 * name on the scale or "Not rated", a facet counting each, on the search page and the
 * API; a draft rating counts as none for readers, and a name off the scale is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingSearchTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	RatingService ratings;

	@Autowired
	EntityManager entities;

	/** A word in the quotes of this test only. */
	String word;

	long rated;

	long unrated;

	long draftRated;

	@BeforeEach
	void quotesOnRatedAndUnratedClaims() {
		this.word = this.make.unique("Word").substring("Word ".length());
		long speaker = this.make.person(this.make.unique("Rae Tings"));
		Fixtures.Article article = this.make
			.article("The mayor said the " + this.word + " bridge is finished. Later the mayor said the " + this.word
					+ " tunnel is open. Then the mayor said the " + this.word + " road is paved.");
		this.rated = article.quote("the " + this.word + " bridge is finished", speaker);
		this.unrated = article.quote("the " + this.word + " tunnel is open", speaker);
		this.draftRated = article.quote("the " + this.word + " road is paved", speaker);
		long bridge = this.make.claim(this.make.unique("The bridge is finished"));
		long tunnel = this.make.claim(this.make.unique("The tunnel is open"));
		long road = this.make.claim(this.make.unique("The road is paved"));
		this.make.evidence(this.rated, bridge, Stance.SUPPORTS);
		this.make.evidence(this.unrated, tunnel, Stance.SUPPORTS);
		this.make.evidence(this.draftRated, road, Stance.CONTRADICTS);
		signIn();
		this.ratings.rate(bridge, null, "False", "The bridge is half built.");
		this.make.publishClaim(bridge);
		this.make.publishClaim(tunnel);
		this.make.publishClaim(road);
		// rated after it was published: a draft
		this.ratings.rate(road, null, "True", "The road is paved.");
		SecurityContextHolder.clearContext();
		article.publish();
		// search reads the tables with plain SQL
		this.entities.flush();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theApiFiltersByRatingAndCountsEachInAFacet() throws Exception {
		assertThat(ids(api("&rating=False"))).containsExactly(this.rated);
		assertThat(ids(api("&rating=false"))).containsExactly(this.rated);
		// a draft rating is no rating for readers
		assertThat(ids(answer(get("/api/v1/quotes?page=1&q=" + this.word).param("rating", "not rated"))))
			.containsExactlyInAnyOrder(this.unrated, this.draftRated);
		assertThat(ids(api("&rating=True"))).isEmpty();

		String all = api("");
		List<Map<String, Object>> facet = JsonPath.read(all, "$.facets.rating");
		assertThat(facet).extracting((f) -> f.get("value"), (f) -> ((Number) f.get("count")).longValue())
			.containsExactly(tuple("False", 1L), tuple("Not rated", 2L));
	}

	@Test
	void editorsSearchByDraftRatingsToo() throws Exception {
		String json = answer(
				get("/api/v1/quotes?page=1&q=" + this.word + "&rating=True").with(user("ed").roles("EDITOR")));
		assertThat(ids(json)).containsExactly(this.draftRated);
	}

	@Test
	void aNameOffTheScaleIsRefusedNamingTheParameter() throws Exception {
		String problem = this.mvc.perform(get("/api/v1/quotes?page=1&q=" + this.word).param("rating", "Pants on Fire"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problem).contains("rating").contains("Unknown rating 'Pants on Fire'");

		this.mvc.perform(get("/search?q=" + this.word).param("rating", "Pants on Fire"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theSearchPageOffersTheFilterAndShowsTheFacet() throws Exception {
		Document page = page(get("/search?q=" + this.word + "&rating=false"));
		assertThat(page.select(".search-total").text()).isEqualTo("1 quote");
		assertThat(page.select("select#f-rating option").eachText()).containsExactly("Any", "True", "Mostly true",
				"Half true", "Mostly false", "False", "Not rated");
		assertThat(page.select("select#f-rating option[selected]").text()).isEqualTo("False");
		assertThat(page.select(".hit")).hasSize(1);

		Document all = page(get("/search?q=" + this.word));
		Element facet = all.select(".facet")
			.stream()
			.filter((f) -> f.select("h3").text().equals("Claim's rating"))
			.findFirst()
			.orElseThrow();
		assertThat(facet.select("li a").eachText()).containsExactly("False", "Not rated");
		assertThat(facet.select("li .count").eachText()).containsExactly("1", "2");
		assertThat(facet.select("li a").first().attr("href")).contains("rating=False");
	}

	private String api(String filters) throws Exception {
		return answer(get("/api/v1/quotes?page=1&q=" + this.word + filters));
	}

	/** The API's answer, which it streams. */
	private String answer(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		return this.mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString();
	}

	private static List<Long> ids(String json) {
		List<Number> ids = JsonPath.read(json, "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("rater", null,
					AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
	}

}
