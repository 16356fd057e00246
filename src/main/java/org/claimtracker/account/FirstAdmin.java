package org.claimtracker.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in: the admin named by {@code CLAIMTRACKER_ADMIN_USERNAME}
 * and {@code CLAIMTRACKER_ADMIN_PASSWORD}, or, on an empty account table without them, an
 * admin with a one-time random password printed once in the log. No default password
 * ships, and a chosen one must pass what the forms ask of every password, or the app does
 * not start: an admin account with a password that is easy to guess would be the easiest
 * way in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(FirstAdmin.class);

	private final AccountService accounts;

	private final MessageSource messages;

	private final String username;

	private final String password;

	FirstAdmin(AccountService accounts, MessageSource messages,
			@Value("${claimtracker.admin.username:}") String username,
			@Value("${claimtracker.admin.password:}") String password) {
		this.accounts = accounts;
		this.messages = messages;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.username.isBlank() && !this.password.isBlank()) {
			if (!this.accounts.exists(this.username)) {
				add();
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

	private void add() {
		if (this.password.length() < AccountPasswordBytes.MIN
				|| this.password.getBytes(StandardCharsets.UTF_8).length > AccountPasswordBytes.MAX) {
			throw refused("it must have at least " + AccountPasswordBytes.MIN + " characters, and at most "
					+ AccountPasswordBytes.MAX + " bytes in UTF-8");
		}
		try {
			this.accounts.add(this.username, this.password, Role.ADMIN);
		}
		catch (WeakPasswordException ex) {
			throw refused(this.messages.getMessage(ex.getMessageKey(), null, Locale.ENGLISH));
		}
	}

	private IllegalStateException refused(String reason) {
		return new IllegalStateException(
				"CLAIMTRACKER_ADMIN_PASSWORD (claimtracker.admin.password) is refused for the admin '" + this.username
						+ "': " + reason);
	}

	static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
