package org.claimtracker.account.web;

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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The accounts page never leaves nobody able to administer accounts, answers 404 for
 * unknown accounts, and signs a disabled account out at once. Sessions live in PostgreSQL
 * and are written outside the test's transaction, so signing in here is as real as in the
 * browser.
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
		AccountView boss = this.accounts.add("boss", "the boss's long password", Role.ADMIN);
		this.accounts.add("deputy", "the deputy's long password", Role.ADMIN);
		Cookie session = signIn("boss", "the boss's long password");
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
		AccountView keeper = this.accounts.add("keeper", "the keeper's long password", Role.ADMIN);
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

		this.accounts.add("second", "the second's long password", Role.ADMIN);
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
			.andExpect(content().string(containsString("Use 12 to 200 characters.")));
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
		this.accounts.add("chief", "the chief's long password", Role.ADMIN);
		Cookie leaversSession = signIn("leaving", "the leaver's long password");
		Cookie chiefsSession = signIn("chief", "the chief's long password");
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
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = 'leaving'",
				Integer.class))
			.isZero();
		this.mvc.perform(get("/admin/accounts").cookie(chiefsSession)).andExpect(status().isOk());
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
