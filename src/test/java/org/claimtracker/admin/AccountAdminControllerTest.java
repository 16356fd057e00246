package org.claimtracker.admin;

import jakarta.servlet.http.Cookie;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.AccountView;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The accounts page never leaves nobody able to administer accounts, answers 404 for
 * unknown accounts, and signs an account out at once when it is disabled, its password is
 * reset or its role changes. Sessions live in PostgreSQL and are written outside the
 * test's transaction, so signing in here is as real as in the browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountAdminControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminCannotDisableTheirOwnAccount() throws Exception {
		AccountView boss = this.accounts.add("boss", "the corner office's passphrase", Role.ADMIN);
		this.accounts.add("deputy", "the second chair's passphrase", Role.ADMIN);
		Cookie session = signIn("boss", "the corner office's passphrase");
		this.mvc
			.perform(post("/admin/accounts/" + boss.id() + "/enabled").param("enabled", "false")
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("refusal", "account.refused.self"))
			.andExpect(flash().attributeCount(1));
		assertThat(enabled("boss")).isTrue();
		this.mvc.perform(get("/admin/accounts").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot disable your own account")));
	}

	@Test
	void theLastEnabledAdminCannotBeDisabled() throws Exception {
		AccountView keeper = this.accounts.add("keeper", "keys to the whole newsroom", Role.ADMIN);
		// another admin's stale page: their own account was disabled meanwhile, keeper is
		// the last admin
		this.jdbc.update("update app_user set enabled = false where role = 'ADMIN' and username <> 'keeper'");
		this.mvc
			.perform(post("/admin/accounts/" + keeper.id() + "/enabled").param("enabled", "false")
				.with(csrf())
				.with(user("former").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("refusal", "account.refused.lastAdmin"));
		assertThat(enabled("keeper")).isTrue();

		this.accounts.add("second", "another admin, just in case", Role.ADMIN);
		this.mvc
			.perform(post("/admin/accounts/" + keeper.id() + "/enabled").param("enabled", "false")
				.with(csrf())
				.with(user("second").roles("ADMIN")))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.disabled"));
		assertThat(enabled("keeper")).isFalse();
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		long unknown = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from app_user", Long.class);
		for (String enabled : new String[] { "false", "true" }) {
			this.mvc
				.perform(post("/admin/accounts/" + unknown + "/enabled").param("enabled", enabled)
					.with(csrf())
					.with(user("root").roles("ADMIN")))
				.andExpect(status().isNotFound())
				.andExpect(view().name("error/404"))
				.andExpect(flash().attributeCount(0));
		}
	}

	@Test
	void aBadNewAccountSaysWhatEachFieldNeeds() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").param("username", "a b")
				.param("password", "short")
				.param("role", "EDITOR")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use 2 to 64 letters, digits, dots, dashes or underscores.")))
			.andExpect(content().string(containsString("Use 12 to 72 characters.")));
		for (String password : new String[] { "x".repeat(73), "é".repeat(40) }) {
			this.mvc
				.perform(post("/admin/accounts").param("username", "long.password")
					.param("password", password)
					.param("role", "EDITOR")
					.with(user("boss").roles("ADMIN"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Not saved")));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'long.password'",
				Integer.class))
			.isZero();
	}

	@Test
	void aPasswordEasyToGuessIsRefusedBesideTheFieldWithItsReason() throws Exception {
		String[][] refused = { { "password1234", "one of the passwords people use most" },
				{ "123456789012", "one of the passwords people use most" }, { "aaaaaaaaaaaa", "repeats itself" },
				{ "weak4weak4weak4", "contains the account" } };
		for (String[] attempt : refused) {
			this.mvc
				.perform(post("/admin/accounts").param("username", "weak4")
					.param("password", attempt[0])
					.param("role", "EDITOR")
					.with(user("boss").roles("ADMIN"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Not saved")))
				.andExpect(content().string(containsString("id=\"password-error\"")))
				.andExpect(content().string(containsString(attempt[1])))
				.andExpect(content().string(not(containsString("value=\"" + attempt[0]))));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where username = 'weak4'", Integer.class))
			.isZero();
		// the same password for another account is a repeat all the same
		this.mvc
			.perform(post("/admin/accounts").param("username", "other")
				.param("password", "weak4weak4weak4")
				.param("role", "EDITOR")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("repeats itself")));
		this.mvc
			.perform(post("/admin/accounts").param("username", "weak4")
				.param("password", "copper kettle drifts north")
				.param("role", "EDITOR")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.added"));
	}

	@Test
	void aResetToAPasswordEasyToGuessIsRefusedAndChangesNothing() throws Exception {
		AccountView forgetful = this.accounts.add("forgetful", "what was it again, anyway", Role.EDITOR);
		Cookie session = signIn("forgetful", "what was it again, anyway");
		String hash = hash("forgetful");
		String[][] refused = { { "password1234", "one of the passwords people use most" },
				{ "aaaaaaaaaaaa", "repeats itself" }, { "forgetful-forgetful", "contains the account" },
				{ "claimtracker2024", "contains the account" } };
		for (String[] attempt : refused) {
			this.mvc
				.perform(post("/admin/accounts/password").param("account", Long.toString(forgetful.id()))
					.param("password", attempt[0])
					.with(user("boss").roles("ADMIN"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Not saved")))
				.andExpect(content().string(containsString("id=\"reset-password-error\"")))
				.andExpect(content().string(containsString(attempt[1])));
		}
		assertThat(hash("forgetful")).isEqualTo(hash);
		this.mvc.perform(get("/editor").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aNameTakenInAnotherCaseIsRefused() throws Exception {
		this.accounts.add("reporter", "the reporter's long password", Role.EDITOR);
		this.mvc
			.perform(post("/admin/accounts").param("username", "Reporter")
				.param("password", "an impostor's long password")
				.param("role", "ADMIN")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account with this name already exists")));
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where lower(username) = 'reporter'",
				Integer.class))
			.isEqualTo(1);
		// nor can two saves at the same moment both pass the app's check: the database
		// refuses the second
		assertThatThrownBy(() -> this.jdbc
			.update("insert into app_user (username, password_hash, role) values ('REPORTER', 'x', 'EDITOR')"))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		AccountView leaving = this.accounts.add("leaving", "the leaver's long password", Role.EDITOR);
		this.accounts.add("chief", "top of the masthead, always", Role.ADMIN);
		Cookie leaversSession = signIn("leaving", "the leaver's long password");
		Cookie chiefsSession = signIn("chief", "top of the masthead, always");
		this.mvc.perform(get("/editor").cookie(leaversSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign out (leaving)")));

		this.mvc
			.perform(post("/admin/accounts/" + leaving.id() + "/enabled").param("enabled", "false")
				.cookie(chiefsSession)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.disabled"));

		this.mvc.perform(get("/editor").cookie(leaversSession)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf("leaving")).isZero();
		this.mvc.perform(get("/admin/accounts").cookie(chiefsSession)).andExpect(status().isOk());
	}

	@Test
	void aResetPasswordSignsInAndEndsTheAccountsSessions() throws Exception {
		AccountView forgetful = this.accounts.add("forgetful", "what was it again, anyway", Role.EDITOR);
		this.accounts.add("chief", "top of the masthead, always", Role.ADMIN);
		Cookie laptop = signIn("forgetful", "what was it again, anyway");
		Cookie phone = signIn("forgetful", "what was it again, anyway");
		Cookie chiefsSession = signIn("chief", "top of the masthead, always");

		this.mvc
			.perform(post("/admin/accounts/password").param("account", Long.toString(forgetful.id()))
				.param("password", "a new password to remember")
				.cookie(chiefsSession)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("message", "account.password.reset"));

		for (Cookie session : new Cookie[] { laptop, phone }) {
			this.mvc.perform(get("/editor").cookie(session)).andExpect(redirectedUrl("/login"));
		}
		assertThat(sessionsOf("forgetful")).isZero();
		this.mvc.perform(formLogin().user("forgetful").password("what was it again, anyway"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user("forgetful").password("a new password to remember"))
			.andExpect(authenticated().withRoles("EDITOR"));
		this.mvc.perform(get("/admin/accounts").cookie(chiefsSession)).andExpect(status().isOk());
	}

	@Test
	void anAdminResettingTheirOwnPasswordStaysSignedInHere() throws Exception {
		AccountView chief = this.accounts.add("chief", "top of the masthead, always", Role.ADMIN);
		Cookie here = signIn("chief", "top of the masthead, always");
		Cookie elsewhere = signIn("chief", "top of the masthead, always");
		this.mvc
			.perform(post("/admin/accounts/password").param("account", Long.toString(chief.id()))
				.param("password", "a fresh masthead passphrase")
				.cookie(here)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(get("/admin/accounts").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/accounts").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aBadResetSaysWhatEachFieldNeedsAndChangesNothing() throws Exception {
		AccountView forgetful = this.accounts.add("forgetful", "what was it again, anyway", Role.EDITOR);
		Cookie session = signIn("forgetful", "what was it again, anyway");
		String hash = hash("forgetful");
		String[][] refused = { { Long.toString(forgetful.id()), "too short", "Use 12 to 72 characters." },
				{ Long.toString(forgetful.id()), "x".repeat(73), "Use 12 to 72 characters." },
				{ Long.toString(forgetful.id()), "é".repeat(40), "a password takes at most 72 bytes" },
				{ Long.toString(forgetful.id()), " ", "This field is required." },
				{ "", "a new password to remember", "Choose an account." } };
		for (String[] attempt : refused) {
			this.mvc
				.perform(post("/admin/accounts/password").param("account", attempt[0])
					.param("password", attempt[1])
					.with(user("boss").roles("ADMIN"))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(attempt[2])))
				.andExpect(content().string(containsString("Not saved")))
				// passwords typed are never written back into the page
				.andExpect(content().string(not(containsString("value=\"" + attempt[1]))));
		}
		this.mvc
			.perform(post("/admin/accounts/password").param("account", "987654321")
				.param("password", "a new password to remember")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// nor may an editor reset it, or a form without its CSRF token
		this.mvc
			.perform(post("/admin/accounts/password").param("account", Long.toString(forgetful.id()))
				.param("password", "a new password to remember")
				.with(user("other").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/accounts/password").param("account", Long.toString(forgetful.id()))
				.param("password", "a new password to remember")
				.with(user("boss").roles("ADMIN")))
			.andExpect(status().isForbidden());
		assertThat(hash("forgetful")).isEqualTo(hash);
		this.mvc.perform(get("/editor").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void aNewRoleTakesEffectAtTheNextSignIn() throws Exception {
		AccountView rising = this.accounts.add("rising", "the riser's long password", Role.EDITOR);
		this.accounts.add("chief", "top of the masthead, always", Role.ADMIN);
		Cookie chiefsSession = signIn("chief", "top of the masthead, always");
		Cookie asEditor = signIn("rising", "the riser's long password");
		this.mvc.perform(get("/admin/accounts").cookie(asEditor)).andExpect(status().isForbidden());

		changeRole(chiefsSession, rising, "ADMIN").andExpect(flash().attribute("message", "account.role.changed"));
		assertThat(role("rising")).isEqualTo("ADMIN");
		this.mvc.perform(get("/editor").cookie(asEditor)).andExpect(redirectedUrl("/login"));
		Cookie asAdmin = signIn("rising", "the riser's long password");
		this.mvc.perform(get("/admin/accounts").cookie(asAdmin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rising (Admin)")));

		// the same role again changes nothing and signs no one out
		changeRole(chiefsSession, rising, "ADMIN").andExpect(flash().attribute("message", "account.role.unchanged"));
		this.mvc.perform(get("/admin/accounts").cookie(asAdmin)).andExpect(status().isOk());

		changeRole(chiefsSession, rising, "EDITOR").andExpect(flash().attribute("message", "account.role.changed"));
		this.mvc.perform(get("/admin/accounts").cookie(asAdmin)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/admin/accounts").cookie(signIn("rising", "the riser's long password")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminCannotMakeThemselfOrTheLastAdminAnEditor() throws Exception {
		AccountView boss = this.accounts.add("boss", "the corner office's passphrase", Role.ADMIN);
		this.accounts.add("deputy", "the second chair's passphrase", Role.ADMIN);
		Cookie session = signIn("boss", "the corner office's passphrase");
		changeRole(session, boss, "EDITOR").andExpect(flash().attribute("refusal", "account.refused.selfRole"))
			.andExpect(flash().attributeCount(1));
		assertThat(role("boss")).isEqualTo("ADMIN");
		this.mvc.perform(get("/admin/accounts").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot make yourself an editor")));

		// another admin's stale page: their own account was disabled meanwhile, boss is
		// the last admin
		this.jdbc.update("update app_user set enabled = false where role = 'ADMIN' and username <> 'boss'");
		this.mvc
			.perform(post("/admin/accounts/role").param("account", Long.toString(boss.id()))
				.param("role", "EDITOR")
				.with(user("former").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("refusal", "account.refused.lastAdminRole"));
		assertThat(role("boss")).isEqualTo("ADMIN");
		this.mvc.perform(get("/admin/accounts").cookie(session)).andExpect(status().isOk());

		// a disabled admin is no one's way in: it may become an editor
		AccountView disabled = this.accounts.accounts()
			.stream()
			.filter((a) -> a.username().equals("deputy"))
			.findFirst()
			.orElseThrow();
		changeRole(session, disabled, "EDITOR").andExpect(flash().attribute("message", "account.role.changed"));
		assertThat(role("deputy")).isEqualTo("EDITOR");
	}

	@Test
	void aBadRoleChangeSaysWhatIsMissingAndChangesNothing() throws Exception {
		AccountView reporter = this.accounts.add("reporter", "the reporter's long password", Role.EDITOR);
		this.mvc
			.perform(post("/admin/accounts/role").param("account", Long.toString(reporter.id()))
				.param("role", "")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("Not saved")));
		this.mvc
			.perform(post("/admin/accounts/role").param("account", "")
				.param("role", "ADMIN")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an account.")));
		this.mvc
			.perform(post("/admin/accounts/role").param("account", Long.toString(reporter.id()))
				.param("role", "OWNER")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/accounts/role").param("account", "987654321")
				.param("role", "ADMIN")
				.with(user("boss").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/accounts/role").param("account", Long.toString(reporter.id()))
				.param("role", "ADMIN")
				.with(user("boss").roles("ADMIN")))
			.andExpect(status().isForbidden());
		assertThat(role("reporter")).isEqualTo("EDITOR");
	}

	private ResultActions changeRole(Cookie session, AccountView account, String role) throws Exception {
		return this.mvc
			.perform(post("/admin/accounts/role").param("account", Long.toString(account.id()))
				.param("role", role)
				.cookie(session)
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
	}

	private String role(String username) {
		return this.jdbc.queryForObject("select role from app_user where username = ?", String.class, username);
	}

	private String hash(String username) {
		return this.jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
				username);
	}

	private int sessionsOf(String username) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

	private Cookie signIn(String username, String password) throws Exception {
		Cookie session = this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private boolean enabled(String username) {
		return this.jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class, username);
	}

}
