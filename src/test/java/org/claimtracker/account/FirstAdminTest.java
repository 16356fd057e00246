package org.claimtracker.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin named in the environment gets no password that the forms would refuse: the
 * app does not start with one, and says why.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class FirstAdminTest {

	@Autowired
	AccountService accounts;

	@Autowired
	MessageSource messages;

	@Test
	void anAdminPasswordEasyToGuessStopsTheStartWithItsReason() {
		// a runner that throws stops the application from starting, with its message
		FirstAdmin admin = new FirstAdmin(this.accounts, this.messages, "weak4", "weak4weak4weak4");
		assertThatThrownBy(() -> admin.run(null)).hasMessageContaining("CLAIMTRACKER_ADMIN_PASSWORD")
			.hasMessageContaining("the account's name or the site's name");
		assertThat(this.accounts.exists("weak4")).isFalse();
	}

	@Test
	void aShortAdminPasswordIsRefusedAsOnTheForms() {
		FirstAdmin admin = new FirstAdmin(this.accounts, this.messages, "shorty", "Xq7#mP2$");
		assertThatThrownBy(() -> admin.run(null)).hasMessageContaining("CLAIMTRACKER_ADMIN_PASSWORD")
			.hasMessageContaining("at least 12 characters");
		assertThat(this.accounts.exists("shorty")).isFalse();
	}

	@Test
	void anAdminPasswordHardToGuessAddsTheAdmin() {
		new FirstAdmin(this.accounts, this.messages, "first-chief", "copper kettle drifts north").run(null);
		assertThat(this.accounts.accounts()).anySatisfy((account) -> {
			assertThat(account.username()).isEqualTo("first-chief");
			assertThat(account.role()).isEqualTo(Role.ADMIN);
		});
	}

}
