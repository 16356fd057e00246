package org.claimtracker.editor;

import org.claimtracker.account.AccountService;
import org.claimtracker.account.ApiTokenService;
import org.claimtracker.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An editor revokes their own API tokens, and only theirs. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditorRevokesTheirOwnTokenAndNoOneElses() throws Exception {
		this.accounts.add("owner", "the owner's long password", Role.EDITOR);
		this.accounts.add("other", "someone else's passphrase", Role.EDITOR);
		String secret = this.tokens.create("owner", "import script");
		long id = this.tokens.tokensOf("owner").get(0).id();

		this.mvc
			.perform(post("/editor/account/tokens/" + id + "/revoke").with(csrf()).with(user("other").roles("EDITOR")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/editor/account/tokens/999999/revoke").with(csrf()).with(user("other").roles("EDITOR")))
			.andExpect(status().isNotFound());
		assertThat(this.tokens.authenticate(secret)).isPresent();

		this.mvc
			.perform(post("/editor/account/tokens/" + id + "/revoke").with(csrf()).with(user("owner").roles("EDITOR")))
			.andExpect(redirectedUrl("/editor/account"))
			.andExpect(flash().attribute("message", "token.revoked"));
		assertThat(this.tokens.authenticate(secret)).isEmpty();
		// a second click on a stale page: still revoked, still said so
		this.mvc
			.perform(post("/editor/account/tokens/" + id + "/revoke").with(csrf()).with(user("owner").roles("EDITOR")))
			.andExpect(redirectedUrl("/editor/account"))
			.andExpect(flash().attribute("message", "token.revoked"));
	}

}
