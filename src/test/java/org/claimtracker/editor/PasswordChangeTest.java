package org.claimtracker.editor;

import jakarta.servlet.http.Cookie;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An editor changes their own password, giving the current one; their other sessions end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PasswordChangeTest {

	private static final String OLD = "the reporter's long password";

	private static final String NEW = "a new and longer passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void reporter() {
		this.accounts.add("reporter", OLD, Role.EDITOR);
	}

	@Test
	void aRefusedChangeSaysWhyKeepsNoPasswordAndChangesNothing() throws Exception {
		Cookie session = signIn(OLD);
		String hash = hash();
		String[][] refused = { { "not my password", NEW, NEW, "This is not your current password." },
				{ OLD, "short", "short", "Use 12 to 72 characters." },
				// bcrypt takes 72 bytes: 40 accented letters are 80
				{ OLD, "é".repeat(40), "é".repeat(40), "a password takes at most 72 bytes" },
				{ OLD, NEW, NEW + " but different", "The two new passwords differ." }, { "", NEW, NEW, "required" },
				// right current password, but a new one that attackers try first
				{ OLD, "password1234", "password1234", "one of the passwords people use most" },
				{ OLD, "aaaaaaaaaaaa", "aaaaaaaaaaaa", "repeats itself" },
				{ OLD, "reporter.reporter", "reporter.reporter", "contains the account" } };
		for (String[] attempt : refused) {
			this.mvc.perform(change(session, attempt[0], attempt[1], attempt[2]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(attempt[3])))
				.andExpect(content().string(containsString("Not saved")))
				// passwords typed are never written back into the page
				.andExpect(content().string(not(containsString("value=\"" + NEW))));
		}
		assertThat(hash()).isEqualTo(hash);
		this.mvc.perform(formLogin().user("reporter").password(OLD)).andExpect(authenticated());
	}

	@Test
	void aChangedPasswordSignsInAndEndsTheOtherSessions() throws Exception {
		Cookie laptop = signIn(OLD);
		Cookie phone = signIn(OLD);
		this.mvc.perform(change(laptop, OLD, NEW, NEW))
			.andExpect(redirectedUrl("/editor/account"))
			.andExpect(flash().attribute("message", "account.password.changed"));

		this.mvc.perform(get("/editor/account").cookie(laptop)).andExpect(status().isOk());
		this.mvc.perform(get("/editor/account").cookie(phone)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(formLogin().user("reporter").password(OLD)).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("reporter").password(NEW)).andExpect(authenticated());
	}

	@Test
	void guessingTheCurrentPasswordIsSlowedDownAsAtSignIn() throws Exception {
		Cookie session = signIn(OLD);
		String hash = hash();
		for (int guess = 0; guess < 5; guess++) {
			this.mvc.perform(change(session, "guess " + guess, NEW, NEW))
				.andExpect(content().string(containsString("This is not your current password.")));
		}
		this.mvc.perform(change(session, OLD, NEW, NEW))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many failed attempts. Try again in")));
		assertThat(hash()).isEqualTo(hash);
	}

	private MockHttpServletRequestBuilder change(Cookie session, String current, String replacement, String repeated) {
		return post("/editor/account/password").param("current", current)
			.param("replacement", replacement)
			.param("repeated", repeated)
			.cookie(session)
			.with(csrf());
	}

	private String hash() {
		return this.jdbc.queryForObject("select password_hash from app_user where username = 'reporter'", String.class);
	}

	private Cookie signIn(String password) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user("reporter").password(password))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

}
