package org.claimtracker.editor;

import org.claimtracker.Fixtures;
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
 * Rating a claim on its editor page: a name off the scale or no rationale is refused on
 * its field, and a rating saved since the page was opened is a conflict that shows both.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RatingEditorTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long claim;

	@BeforeEach
	void claim() {
		this.claim = this.make.claim(this.make.unique("The county paved every road it promised"));
	}

	@Test
	void theEditorPageOffersTheScaleAndSavesADraftRating() throws Exception {
		Document page = page();
		assertThat(page.select("select#name option").eachText()).containsExactly("Choose a rating", "True",
				"Mostly true", "Half true", "Mostly false", "False");
		assertThat(page.select(".rating-editor .rating-now").text()).isEqualTo("Not rated");
		assertThat(page.select("label[for=name]")).hasSize(1);
		assertThat(page.select("label[for=rationale]")).hasSize(1);

		this.mvc.perform(rate("Mostly false", "Two of the five roads were paved.", null))
			.andExpect(redirectedUrl("/claims/" + this.claim))
			.andExpect(flash().attribute("message", "editor.rating.saved"));

		assertThat(this.jdbc.queryForMap(
				"select name, rationale, rated_by, status from claim_rating where claim_id = ? and checker is null",
				this.claim))
			.containsEntry("name", "Mostly false")
			.containsEntry("rationale", "Two of the five roads were paved.")
			.containsEntry("rated_by", "rater")
			.containsEntry("status", "DRAFT");
		Document again = page();
		assertThat(again.select("select#name option[selected]").text()).isEqualTo("Mostly false");
		assertThat(again.select("input[name=version]#rating-version").val()).isEqualTo("0");
		assertThat(again.select(".rating-editor .rating-now").text()).contains("Mostly false", "rater");
	}

	@Test
	void aNameOffTheScaleAndAMissingRationaleAreRefusedOnTheirFields() throws Exception {
		String html = this.mvc.perform(rate("Pants on Fire!", " ", null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select("#name-error").text()).startsWith("Choose a rating from the scale: True, Mostly true");
		assertThat(page.select("#rationale-error").text()).isNotEmpty();
		assertThat(page.select("select#name").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("select#name").attr("aria-describedby")).isEqualTo("name-error");
		assertThat(this.jdbc.queryForObject("select count(*) from claim_rating where claim_id = ?", Integer.class,
				this.claim))
			.isZero();

		Document tooLong = Jsoup.parse(this.mvc.perform(rate("True", "x".repeat(5001), null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(tooLong.select("#rationale-error").text()).isNotEmpty();
		assertThat(tooLong.select("#name-error")).isEmpty();
	}

	@Test
	void aRatingSavedSinceThePageWasOpenedIsAConflictShowingBoth() throws Exception {
		// two editors open the page of the unrated claim; the first rates it
		this.mvc.perform(rate("True", "Every road was paved.", null)).andExpect(status().is3xxRedirection());

		Document page = Jsoup.parse(this.mvc.perform(rate("False", "No road was paved.", null))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select(".rating-editor .conflict .mine-rating").text()).isEqualTo("False");
		assertThat(page.select(".rating-editor .conflict .mine-rationale").text()).isEqualTo("No road was paved.");
		assertThat(page.select(".rating-editor .conflict .current-rating").text()).isEqualTo("True");
		assertThat(page.select(".rating-editor .conflict .current-rationale").text())
			.isEqualTo("Every road was paved.");
		// the form starts again from what is saved now
		assertThat(page.select("select#name option[selected]").text()).isEqualTo("True");
		assertThat(page.select("#rating-version").val()).isEqualTo("0");
		assertThat(
				this.jdbc.queryForObject("select name from claim_rating where claim_id = ?", String.class, this.claim))
			.isEqualTo("True");

		// from that version the second editor's rating is saved
		this.mvc.perform(rate("False", "No road was paved.", "0")).andExpect(status().is3xxRedirection());
		assertThat(
				this.jdbc.queryForObject("select name from claim_rating where claim_id = ?", String.class, this.claim))
			.isEqualTo("False");
	}

	@Test
	void readersCannotRate() throws Exception {
		this.mvc
			.perform(post("/editor/claims/" + this.claim + "/rating").with(csrf())
				.param("name", "True")
				.param("rationale", "Anyone may say so."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from claim_rating where claim_id = ?", Integer.class,
				this.claim))
			.isZero();
	}

	private Document page() throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/editor/claims/" + this.claim).with(user("rater").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder rate(String name, String rationale, String version) {
		MockHttpServletRequestBuilder request = post("/editor/claims/" + this.claim + "/rating").with(csrf())
			.with(user("rater").roles("EDITOR"))
			.param("name", name)
			.param("rationale", rationale);
		return (version != null) ? request.param("version", version) : request;
	}

}
