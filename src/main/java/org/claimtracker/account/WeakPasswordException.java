package org.claimtracker.account;

/**
 * A new password refused because attackers would guess it soon: a common one, a repeat,
 * or one made of the account's or the site's name. Nothing was changed.
 */
public class WeakPasswordException extends RuntimeException {

	private final String messageKey;

	WeakPasswordException(String messageKey) {
		super("Refused as too easy to guess: " + messageKey);
		this.messageKey = messageKey;
	}

	/** The message that says why, in {@code messages.properties}. */
	public String getMessageKey() {
		return this.messageKey;
	}

}
