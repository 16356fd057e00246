package org.claimtracker.account;

import java.util.Random;

import jakarta.servlet.http.Cookie;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SignInTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void editorsSignInAndDisabledEditorsCannot() throws Exception {
		AccountView editor = this.accounts.add("reporter", "long enough to sign in with", Role.EDITOR);
		this.mvc.perform(formLogin().user("reporter").password("long enough to sign in with"))
			.andExpect(authenticated().withUsername("reporter").withRoles("EDITOR"))
			.andExpect(redirectedUrl("/editor"));
		this.accounts.setEnabled(editor.id(), false);
		this.mvc.perform(formLogin().user("reporter").password("long enough to sign in with"))
			.andExpect(unauthenticated());
	}

	@Test
	void aRefusedSignInKeepsTheAccountNameOnce() throws Exception {
		this.accounts.add("typist", "long enough to sign in with", Role.EDITOR);
		Cookie session = this.mvc.perform(formLogin().user("typist").password("a typo"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"typist\"")));
		this.mvc.perform(get("/login").cookie(session)).andExpect(content().string(not(containsString("typist"))));
	}

	@Test
	void signingOutSaysSoOnTheFrontPage() throws Exception {
		this.accounts.add("leaver", "long enough to sign in with", Role.EDITOR);
		this.mvc.perform(formLogin().user("leaver").password("long enough to sign in with")).andExpect(authenticated());
		String landing = this.mvc.perform(logout())
			.andExpect(unauthenticated())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(landing))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have signed out.")));
		this.mvc.perform(get("/")).andExpect(content().string(not(containsString("You have signed out."))));
	}

	@Test
	void passwordsAreStoredAsModernHashes() {
		this.accounts.add("hashcheck", "hashed and never shown", Role.EDITOR);
		String hash = this.jdbc.queryForObject("select password_hash from app_user where username = 'hashcheck'",
				String.class);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("hashed and never shown");
	}

	@Test
	void repeatedFailuresAreSlowedDownPerAccount() throws Exception {
		this.accounts.add("target", "the right passphrase, at last!", Role.EDITOR);
		for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
			this.mvc.perform(formLogin().user("target").password("wrong " + i)).andExpect(unauthenticated());
		}
		this.mvc.perform(formLogin().user("target").password("the right passphrase, at last!"))
			.andExpect(unauthenticated())
			.andExpect(header().exists("Retry-After"));
	}

	@Test
	void failuresOfLongAgoAreForgotten() throws Exception {
		this.accounts.add("newsroom", "the right passphrase, at last!", Role.EDITOR);
		// an address shared by a newsroom: months of typos, the last two days ago
		this.jdbc.update("""
				insert into sign_in_failure (subject, failures, last_failed_at)
				values ('address:127.0.0.1', 40, now() - interval '2 days')
				on conflict (subject) do update set failures = 40, last_failed_at = now() - interval '2 days'""");
		this.mvc.perform(formLogin().user("newsroom").password("a typo")).andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("newsroom").password("the right passphrase, at last!"))
			.andExpect(authenticated().withUsername("newsroom"));
		assertThat(this.jdbc.queryForObject("select failures from sign_in_failure where subject = 'address:127.0.0.1'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aThrottledAttemptLandsOnTheSignInPageSayingHowLongToWait() throws Exception {
		this.accounts.add("waiter", "the right passphrase, at last!", Role.EDITOR);
		for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
			this.mvc.perform(formLogin().user("waiter").password("wrong " + i)).andExpect(unauthenticated());
		}
		String waitPage = this.mvc.perform(formLogin().user("waiter").password("the right passphrase, at last!"))
			.andExpect(redirectedUrlPattern("/login?wait=*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(waitPage))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too many failed attempts. Try again in ")));
		this.mvc.perform(get("/login").param("wait", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Try again in 1 second.")));
		this.mvc.perform(get("/login").param("wait", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Try again in a moment.")));
		this.mvc.perform(get("/login").param("wait", "99999999999999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Try again in a moment.")));
	}

	@Test
	void whiteSpaceAroundTheNameDoesNotGetRoundTheAccountsLock() throws Exception {
		this.accounts.add("weak3", "copper kettle drifts north", Role.EDITOR);
		// from several addresses, so that only the account's own count turns the
		// attempts away
		for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
			this.mvc.perform(signIn("weak3", "wrong " + i, "192.0.2." + i)).andExpect(unauthenticated());
		}
		for (String spelling : new String[] { "weak3 ", " weak3", "weak3\t", " weak3\u2003" }) {
			this.mvc.perform(signIn(spelling, "copper kettle drifts north", "198.51.100.7"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrlPattern("/login?wait=*"))
				.andExpect(header().exists("Retry-After"));
		}
	}

	@Test
	void aVeryLongAccountNameIsAFailedSignInThatCounts() throws Exception {
		// letters in no pattern, which the database cannot compress to fit an index
		String name = new Random(5).ints(3000, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
			this.mvc.perform(signIn(name, "whatever it is", "192.0.2.1"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.jdbc.queryForObject("select failures from sign_in_failure where subject = 'address:192.0.2.1'",
				Integer.class))
			.isEqualTo(SignInThrottle.FREE_FAILURES);
		// the name's own count turns it away from another address too
		this.mvc.perform(signIn(name, "whatever it is", "192.0.2.2"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrlPattern("/login?wait=*"));
	}

	@Test
	void signingInDoesNotCountAgainstItsAddress() throws Exception {
		this.accounts.add("regular", "copper kettle drifts north", Role.EDITOR);
		// a newsroom's address whose many typos of the morning are past their wait
		this.jdbc.update("""
				insert into sign_in_failure (subject, failures, last_failed_at)
				values ('address:192.0.2.9', 12, now() - interval '1 hour')""");
		for (int i = 0; i < 2 * SignInThrottle.FREE_FAILURES; i++) {
			this.mvc.perform(signIn("regular", "copper kettle drifts north", "192.0.2.9"))
				.andExpect(authenticated().withUsername("regular"));
		}
		// the next typo is still checked: signing in did not restart the address's wait
		this.mvc.perform(signIn("regular", "a typo", "192.0.2.9")).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.queryForObject("select failures from sign_in_failure where subject = 'address:192.0.2.9'",
				Integer.class))
			.isEqualTo(13);
	}

	/** A sign-in from the address given: the address's count is the test's own. */
	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

}
