package org.claimtracker.reader;

import java.time.LocalDate;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.claimtracker.claim.ClaimDraft;
import org.claimtracker.claim.ClaimKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A claim the newsroom rated and published carries schema.org ClaimReview JSON-LD with
 * every field Google's fact-check markup requires or recommends; a claim not rated, or
 * rated in a draft, carries none; hostile words stay inside their script element.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClaimReviewMarkupTest {

	private static final String SITE = "http://localhost:8080";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Test
	void aPublishedRatingIsMarkedUpWithEveryRequiredAndRecommendedField() throws Exception {
		String name = this.make.unique("Reviewed Speaker");
		long speaker = this.make.person(name);
		String statement = this.make.unique("The county paved 140 miles </script><script>alert(1)</script> &");
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

		Document page = page("/claims/" + claim);
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		JsonNode review = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").html());

		assertThat(review.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(review.path("@type").asString()).isEqualTo("ClaimReview");
		assertThat(review.path("url").asString()).isEqualTo(SITE + "/claims/" + claim);
		assertThat(review.path("claimReviewed").asString()).isEqualTo(statement);
		assertThat(review.path("datePublished").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(review.path("author").path("@type").asString()).isEqualTo("Organization");
		assertThat(review.path("author").path("name").asString()).isEqualTo("ClaimTracker");
		assertThat(review.path("author").path("url").asString()).isEqualTo(SITE);
		JsonNode rating = review.path("reviewRating");
		assertThat(rating.path("@type").asString()).isEqualTo("Rating");
		assertThat(rating.path("alternateName").asString()).isEqualTo("Mostly false");
		// True, Mostly true, Half true, Mostly false, False: 2 of 5
		assertThat(rating.path("ratingValue").asInt()).isEqualTo(2);
		assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
		assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
		JsonNode item = review.path("itemReviewed");
		assertThat(item.path("@type").asString()).isEqualTo("Claim");
		assertThat(item.path("author").path("name").asString()).isEqualTo(name);
		assertThat(item.path("datePublished").asString()).isEqualTo("2016-03-01");
		assertThat(item.path("firstAppearance").path("url").asString()).startsWith("https://example.org/fixtures/");
		assertThat(item.path("appearance")).hasSize(2);
		// the statement's markup cannot close the data block
		assertThat(page.select("script")).noneMatch((s) -> s.html().contains("alert(1)") && !s.hasAttr("type"));
	}

	@Test
	void aClaimNotRatedOrRatedInADraftHasNoMarkup() throws Exception {
		long unrated = this.make.claim(this.make.unique("Nobody rated this"));
		this.make.publishClaim(unrated);
		assertThat(page("/claims/" + unrated).select("script[type=application/ld+json]")).isEmpty();

		long drafted = this.make.claim(this.make.unique("Rated in a draft"));
		this.make.publishClaim(drafted);
		this.make.rating(drafted, "True", "The figure counts resurfacing.");
		assertThat(page("/claims/" + drafted).select("script[type=application/ld+json]")).isEmpty();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
