package org.claimtracker.api;

import jakarta.persistence.EntityManager;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.claimtracker.article.ArticleService;
import org.claimtracker.correction.RoadsArticle;
import org.claimtracker.quote.NewQuote;
import org.claimtracker.quote.QuoteKind;
import org.claimtracker.quote.QuoteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.correction.RoadsArticle.BODY;
import static org.claimtracker.correction.RoadsArticle.QUOTE;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tools correct an article's body through the write API and learn how its quotes were
 * placed again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CorrectionApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	ArticleService articles;

	@Autowired
	QuoteService quotes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	String token;

	long article;

	long quote;

	@BeforeEach
	void articleWithAQuote() {
		this.accounts.add("corrector", "a tool's long password", Role.EDITOR);
		this.token = this.tokens.create("corrector", "corrections");
		this.article = this.articles.create(RoadsArticle.in("The Example Gazette"));
		this.quote = this.quotes.create(new NewQuote(this.article, this.make.person(this.make.unique("Mayor Speaker")),
				QuoteKind.DIRECT, null, null, RoadsArticle.quoteStart(), RoadsArticle.quoteEnd(), QUOTE));
	}

	@Test
	void aCorrectionAnswersHowTheQuotesWerePlacedAndANewETag() throws Exception {
		String location = "/api/v1/articles/" + this.article;
		this.mvc.perform(authorized(get(location)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", startsWith("\"0.")));
		String corrected = "Correction: the speech was on Tuesday.\n\n" + BODY;
		this.mvc.perform(authorized(body(location, corrected)).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.moved", is(1)))
			.andExpect(jsonPath("$.flagged", is(0)));
		this.entities.flush();
		assertThat(this.jdbc.queryForObject("select anchor_start from quote where id = ?", Integer.class, this.quote))
			.isEqualTo(corrected.indexOf(QUOTE));

		this.mvc.perform(authorized(body(location, "Lost update?")).header("If-Match", "\"0\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.current.body", is(corrected)));
		this.mvc.perform(authorized(body(location, "No version."))).andExpect(status().isPreconditionRequired());
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(corrected);
	}

	@Test
	void aQuoteWhoseWordsWereDeletedIsReportedAndKept() throws Exception {
		this.mvc
			.perform(authorized(body("/api/v1/articles/" + this.article, "The mayor spoke on Monday."))
				.header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flagged", is(1)))
			.andExpect(jsonPath("$.items[0].kind", is("QUOTE")))
			.andExpect(jsonPath("$.items[0].id", is((int) this.quote)))
			.andExpect(jsonPath("$.items[0].before", is(QUOTE)))
			.andExpect(jsonPath("$.items[0].outcome", is("DELETED")));
		this.entities.flush();
		assertThat(this.jdbc.queryForObject("select anchor_state from quote where id = ?", String.class, this.quote))
			.isEqualTo("NEEDS_REVIEW");
		this.mvc.perform(authorized(get("/api/v1/articles/" + this.article)))
			.andExpect(jsonPath("$.quotes[0].needsReview", is(true)))
			.andExpect(jsonPath("$.quotes[0].selector.exact", is(QUOTE)));
	}

	@Test
	void errorsAreProblemDetails() throws Exception {
		String location = "/api/v1/articles/" + this.article;
		this.mvc.perform(body(location, "Anonymous.").header("If-Match", "\"0\""))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentType("application/problem+json"));
		this.mvc.perform(authorized(body(location, " ")).header("If-Match", "\"0\""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field", is("body")));
		this.mvc.perform(authorized(body("/api/v1/articles/987654321", "Text.")).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"));
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, this.article))
			.isEqualTo(BODY);
	}

	private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + this.token);
	}

	private static MockHttpServletRequestBuilder body(String article, String body) {
		return put(article + "/body").contentType(MediaType.APPLICATION_JSON)
			.content("{\"body\": \"" + body.replace("\n", "\\n") + "\"}");
	}

}
