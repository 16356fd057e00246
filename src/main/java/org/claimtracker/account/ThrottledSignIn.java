package org.claimtracker.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks the account name and password of a sign-in in the throttle's turn: the attempt
 * is counted as failed before its password is checked, and turned away unchecked when its
 * account or address must wait. As the only authentication provider, it sees every
 * sign-in however the address of the form was spelled; no other one checks passwords.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

	private final SignInThrottle throttle;

	private final DaoAuthenticationProvider passwords;

	ThrottledSignIn(SignInThrottle throttle, AccountService accounts, PasswordEncoder encoder) {
		this.throttle = throttle;
		this.passwords = new DaoAuthenticationProvider(accounts::loadUserByUsername);
		this.passwords.setPasswordEncoder(encoder);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = SignInName.normalise(attempt.getName());
		SignInThrottle.Turn turn = this.throttle.take(username, remoteAddress(attempt));
		if (!turn.granted()) {
			throw new SignInThrottledException(turn.waitFor());
		}
		UsernamePasswordAuthenticationToken normalised = UsernamePasswordAuthenticationToken.unauthenticated(username,
				attempt.getCredentials());
		normalised.setDetails(attempt.getDetails());
		// a wrong password throws, and stays counted as the turn counted it
		Authentication signedIn = this.passwords.authenticate(normalised);
		this.throttle.succeeded(turn);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static @Nullable String remoteAddress(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
	}

}
