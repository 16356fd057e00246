package org.claimtracker.system;

import org.claimtracker.Fixtures;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PostgreSQL cannot store the NUL character: text holding it is refused with a clear
 * message wherever it comes in, and nothing is stored. Not rolled back: the refusals must
 * hold on real transactions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NulCharacterTest {

	static final String MESSAGE = "Text cannot hold the NUL character (U+0000).";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Test
	void aFormFieldWithNulIsRefusedAndNothingIsStored() throws Exception {
		long claims = claims();
		String html = this.mvc.perform(claim("Jon Ossoff\u0000 backs a path to legal status.", person()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(MESSAGE);
		assertThat(claims()).isEqualTo(claims);
	}

	@Test
	void aFormValueOfTheWrongKindIsRefusedNotAnError() throws Exception {
		long claims = claims();
		String html = this.mvc.perform(claim("Jon Ossoff backs a path to legal status.", "Jon Ossoff"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("The value of &#39;subjectId&#39; is not one this form can send.");
		assertThat(claims()).isEqualTo(claims);
	}

	@Test
	void aParameterWithNulIsABadRequestButSearchDropsIt() throws Exception {
		this.mvc.perform(get("/claims").param("topic", "immi\u0000gration").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(MESSAGE)));
		this.mvc.perform(get("/search").param("q", "immi\u0000gration").param("speaker", "Oss\u0000off"))
			.andExpect(status().isOk());
	}

	@Test
	void aJsonStringWithNulIsAProblemAndStoresNothing() throws Exception {
		if (!this.accounts.exists("nul-tester")) {
			this.accounts.add("nul-tester", "a tool's long password", Role.EDITOR);
		}
		String token = this.tokens.create("nul-tester", "nul");
		long claims = claims();
		this.mvc
			.perform(post("/api/v1/claims").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"statement\": \"Taxes\\u0000 rose.\", \"kind\": \"FACTUAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(MESSAGE));
		assertThat(claims()).isEqualTo(claims);
	}

	@Test
	void signingInWithNulInTheNameIsAFailedSignIn() throws Exception {
		this.mvc
			.perform(post("/login").with(csrf()).param("username", "chi\u0000ef").param("password", "whatever it is"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login?error"));
	}

	private MockHttpServletRequestBuilder claim(String statement, String subjectId) {
		return post("/editor/claims").with(csrf())
			.with(user("editor").roles("EDITOR"))
			.param("statement", statement)
			.param("kind", "POSITION")
			.param("subjectId", subjectId);
	}

	private String person() {
		return Long.toString(this.make.person(this.make.unique("Nula Subject")));
	}

	private long claims() {
		return this.jdbc.queryForObject("select count(*) from claim", Long.class);
	}

}
