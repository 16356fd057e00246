package org.claimtracker.account;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in turned away before its password was checked, because its account or address
 * must wait: for how long.
 */
class SignInThrottledException extends AuthenticationException {

	private final Duration wait;

	SignInThrottledException(Duration wait) {
		super("Too many failed sign-ins: wait " + wait);
		this.wait = wait;
	}

	Duration getWait() {
		return this.wait;
	}

}
