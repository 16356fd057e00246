package org.claimtracker.account;

/**
 * A change an admin may not make because it would lock someone out of administering
 * accounts: disabling one's own account or the last enabled admin, or making either an
 * editor. Nothing was changed.
 */
public class LockoutException extends RuntimeException {

	private final String messageKey;

	LockoutException(String messageKey) {
		super("Refused so that someone can always administer accounts: " + messageKey);
		this.messageKey = messageKey;
	}

	/** The message that tells the admin why, in {@code messages.properties}. */
	public String getMessageKey() {
		return this.messageKey;
	}

}
