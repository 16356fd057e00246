package org.claimtracker.api;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
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

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every problem the API answers is titled alike: with its status's reason phrase, as
 * Spring writes it, whichever handler wrote it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ProblemTitlesTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	String token;

	@BeforeEach
	void token() {
		this.accounts.add("toolsmith", "a tool's long password", Role.EDITOR);
		this.token = this.tokens.create("toolsmith", "importer");
	}

	@Test
	void everyProblemIsTitledWithItsReasonPhrase() throws Exception {
		long article = this.make.article("The county said taxes rose last year.").id();
		long speaker = this.make.person(this.make.unique("Tess Titled"));
		String claim = "{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\"}";
		titled(json(post("/api/v1/claims"), claim), 401, "Unauthorized");
		// fields that break a rule, a body that is no JSON, words not at their place
		titled(authorized(json(post("/api/v1/claims"), "{\"statement\": \" \"}")), 400, "Bad Request");
		titled(authorized(json(post("/api/v1/claims"), "{not json")), 400, "Bad Request");
		titled(authorized(json(post("/api/v1/quotes"),
				"{\"articleId\": %d, \"speakerId\": %d, \"kind\": \"PARTIAL\", \"selector\": {\"start\": 0, \"end\": 8, \"exact\": \"Not this\"}}"
					.formatted(article, speaker))),
				400, "Bad Request");
		// filters and parameters that name nothing, or hold no value of their kind
		titled(get("/api/v1/articles?outlet=987654321"), 400, "Bad Request");
		titled(get("/api/v1/quotes/abc"), 400, "Bad Request");
		titled(get("/api/v1/claims?page=0"), 400, "Bad Request");
		titled(get("/api/v1/quotes?q=tax&speaker=Nobody%20Atall"), 400, "Bad Request");
		titled(get("/api/v1/claims/987654321"), 404, "Not Found");
		titled(authorized(json(post("/api/v1/claims"),
				"{\"statement\": \"Taxes rose.\", \"kind\": \"FACTUAL\", \"subjectId\": 987654321}")), 422,
				"Unprocessable Content");
		titled(authorized(json(post("/api/v1/articles"),
				"{\"title\": \"T\", \"outlet\": \"O\", \"published\": \"2020-12-30\", \"url\": \"%s\", \"body\": \"B\"}"
					.formatted(
							this.jdbc.queryForObject("select url from article where id = ?", String.class, article)))),
				409, "Conflict");
		String location = this.mvc.perform(authorized(json(post("/api/v1/claims"), claim)))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		titled(authorized(json(put(location), claim)), 428, "Precondition Required");
		titled(authorized(delete(location)).header("If-Match", "\"7\""), 412, "Precondition Failed");
		// the text extractor answers its own problems
		titled(extract().contentType(MediaType.APPLICATION_XML).content("<text/>"), 415, "Unsupported Media Type");
		titled(extract().contentType(MediaType.TEXT_PLAIN).content(new byte[] { (byte) 0xC3, 0x28 }), 400,
				"Bad Request");
		titled(extract().contentType(MediaType.TEXT_PLAIN).content(new byte[ExtractApiController.MAX_BYTES + 1]), 413,
				"Content Too Large");
	}

	private void titled(MockHttpServletRequestBuilder request, int status, String title) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title", is(title)));
	}

	private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request) {
		return request.header("Authorization", "Bearer " + this.token);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder extract() {
		return post("/api/v1/extract").with((request) -> {
			request.setRemoteAddr("10.0.9.1");
			return request;
		});
	}

}
