package org.claimtracker.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: the admin named by {@code CLAIMTRACKER_ADMIN_USERNAME}
 * and {@code CLAIMTRACKER_ADMIN_PASSWORD}, or, on an empty account table without them, an
 * admin with a one-time random password printed once in the log. No default password
 * ships.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	FirstAdmin(AccountService accounts, @Value("${claimtracker.admin.username:}") String username,
			@Value("${claimtracker.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.username.isBlank() && !this.password.isBlank()) {
			if (!this.accounts.exists(this.username)) {
				this.accounts.add(this.username, this.password, Role.ADMIN);
				logger.info("Created the admin account '" + this.username + "' from the environment");
			}
		}
		else if (this.accounts.none()) {
			String generated = randomPassword();
			this.accounts.add("admin", generated, Role.ADMIN);
			logger.warn("No accounts yet: created admin 'admin' with the one-time password " + generated
					+ " (set CLAIMTRACKER_ADMIN_USERNAME and CLAIMTRACKER_ADMIN_PASSWORD to choose your own)");
		}
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
