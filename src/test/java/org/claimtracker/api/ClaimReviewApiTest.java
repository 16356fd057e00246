package org.claimtracker.api;

import java.time.LocalDate;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A rated claim as schema.org ClaimReview through the API, field by field and the same
 * object as the claim page embeds; an unrated claim answers 406 that explains itself, and
 * plain JSON stays the claim; the feed of every published rated claim is a schema.org
 * DataFeed that answers conditional requests.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimReviewApiTest {

	private static final String SITE = "http://localhost:8080";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A published claim by a named speaker, in two articles, rated "Mostly false". */
	private long ratedClaim(String name, String statement) {
		long speaker = this.make.person(name);
		long claim = this.make.claim(new ClaimDraft(statement, ClaimKind.POSITION, speaker, Set.of()));
		Fixtures.Article later = this.make.article("The county paved 140 miles, the mayor said.",
				LocalDate.of(2016, 9, 1));
		later.appearance(claim, "The county paved 140 miles");
		later.publish();
		Fixtures.Article first = this.make.article("Paved: 140 miles, the county says.", LocalDate.of(2016, 3, 1));
		first.appearance(claim, "140 miles");
		first.publish();
		this.make.rating(claim, "Mostly false", "The figure counts resurfacing.");
		this.make.publishClaim(claim);
		return claim;
	}

	@Test
	void aRatedClaimIsAClaimReviewFieldByFieldAndTheSameObjectAsThePageEmbeds() throws Exception {
		String name = this.make.unique("Reviewed Speaker");
		String statement = this.make.unique("The county paved 140 miles </script> &");
		long claim = ratedClaim(name, statement);

		MvcResult answer = this.mvc.perform(get("/api/v1/claims/{id}", claim).accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andExpect(header().exists("ETag"))
			.andReturn();
		JsonNode review = JSON.readTree(answer.getResponse().getContentAsString());

		assertThat(review.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(review.path("@type").asString()).isEqualTo("ClaimReview");
		assertThat(review.path("claimReviewed").asString()).isEqualTo(statement);
		assertThat(review.path("url").asString()).isEqualTo(SITE + "/claims/" + claim);
		assertThat(review.path("datePublished").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(review.path("author").path("@type").asString()).isEqualTo("Organization");
		assertThat(review.path("author").path("name").asString()).isEqualTo("ClaimTracker");
		assertThat(review.path("author").path("url").asString()).isEqualTo(SITE);
		JsonNode rating = review.path("reviewRating");
		assertThat(rating.path("@type").asString()).isEqualTo("Rating");
		assertThat(rating.path("alternateName").asString()).isEqualTo("Mostly false");
		assertThat(rating.path("ratingValue").asInt()).isEqualTo(2);
		assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
		assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
		JsonNode item = review.path("itemReviewed");
		assertThat(item.path("@type").asString()).isEqualTo("Claim");
		assertThat(item.path("author").path("@type").asString()).isEqualTo("Person");
		assertThat(item.path("author").path("name").asString()).isEqualTo(name);
		assertThat(item.path("datePublished").asString()).isEqualTo("2016-03-01");
		String firstUrl = this.jdbc
			.queryForObject("select a.url from claim_appearance ap join article a on a.id = ap.article_id "
					+ "where ap.claim_id = ? and a.published_on = date '2016-03-01'", String.class, claim);
		assertThat(item.path("firstAppearance").path("@type").asString()).isEqualTo("CreativeWork");
		assertThat(item.path("firstAppearance").path("url").asString()).isEqualTo(firstUrl);
		assertThat(item.path("appearance")).hasSize(2);
		assertThat(item.path("appearance").valueStream().map((a) -> a.path("url").asString())).contains(firstUrl);

		String page = this.mvc.perform(get("/claims/{id}", claim)).andReturn().getResponse().getContentAsString();
		JsonNode embedded = JSON.readTree(Jsoup.parse(page).select("script[type=application/ld+json]").html());
		assertThat(embedded).isEqualTo(review);
	}

	@Test
	void plainJsonStaysTheClaimAndAnyTypeToo() throws Exception {
		long claim = ratedClaim(this.make.unique("Plain Speaker"), this.make.unique("Plain words"));
		this.mvc.perform(get("/api/v1/claims/{id}", claim).accept("application/json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.statement").exists())
			.andExpect(jsonPath("$.evidence").isArray());
		this.mvc.perform(get("/api/v1/claims/{id}", claim))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence").isArray());
		this.mvc.perform(get("/api/v1/claims/{id}", claim).header("Accept", "*/*"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence").isArray());
	}

	@Test
	void anUnratedClaimAnswers406ThatSaysWhy() throws Exception {
		long claim = this.make.claim(this.make.unique("Nobody rated this"));
		this.make.publishClaim(claim);
		this.mvc.perform(get("/api/v1/claims/{id}", claim).accept("application/ld+json"))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(406))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only a rated claim")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application/json")));

		long drafted = this.make.claim(this.make.unique("Rated in a draft"));
		this.make.rating(drafted, "True", "Checked.");
		this.mvc.perform(get("/api/v1/claims/{id}", drafted).accept("application/ld+json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		this.mvc.perform(get("/api/v1/claims/{id}", 999_999_999L).accept("application/ld+json"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFeedIsADataFeedOfEveryPublishedRatedClaimWithConditionalGets() throws Exception {
		String statement = this.make.unique("Feed claim");
		long claim = ratedClaim(this.make.unique("Feed Speaker"), statement);
		long unrated = this.make.claim(this.make.unique("Unrated feed claim"));
		this.make.publishClaim(unrated);

		MvcResult answer = this.mvc.perform(get("/api/v1/claimreview").accept("application/ld+json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/ld+json"))
			.andReturn();
		String etag = answer.getResponse().getHeader("ETag");
		String lastModified = answer.getResponse().getHeader("Last-Modified");
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(lastModified).isNotBlank();
		JsonNode feed = JSON.readTree(answer.getResponse().getContentAsString());
		assertThat(feed.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(feed.path("@type").asString()).isEqualTo("DataFeed");
		assertThat(feed.path("dateModified").asString()).isNotBlank();
		JsonNode mine = feed.path("dataFeedElement")
			.valueStream()
			.filter((e) -> e.path("url").asString().equals(SITE + "/claims/" + claim))
			.findFirst()
			.orElseThrow();
		assertThat(mine.path("@type").asString()).isEqualTo("ClaimReview");
		assertThat(mine.has("@context")).isFalse();
		assertThat(mine.path("claimReviewed").asString()).isEqualTo(statement);
		assertThat(mine.path("reviewRating").path("alternateName").asString()).isEqualTo("Mostly false");
		assertThat(feed.path("dataFeedElement").valueStream().map((e) -> e.path("url").asString()))
			.doesNotContain(SITE + "/claims/" + unrated);
		JsonNode single = JSON
			.readTree(this.mvc.perform(get("/api/v1/claims/{id}", claim).accept("application/ld+json"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		((tools.jackson.databind.node.ObjectNode) single).remove("@context");
		assertThat(mine).isEqualTo(single);

		this.mvc.perform(get("/api/v1/claimreview").header("If-None-Match", etag)).andExpect(status().isNotModified());
		this.mvc.perform(get("/api/v1/claimreview").header("If-Modified-Since", lastModified))
			.andExpect(status().isNotModified());

		// a change to a claim in the feed changes its tag and its date
		Thread.sleep(1100);
		this.jdbc.update("update claim_rating set name = 'False', updated_at = now() where claim_id = ?", claim);
		MvcResult changed = this.mvc.perform(get("/api/v1/claimreview").header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
		this.mvc.perform(get("/api/v1/claimreview").header("If-Modified-Since", lastModified))
			.andExpect(status().isOk());
	}

}
