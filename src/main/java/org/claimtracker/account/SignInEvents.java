package org.claimtracker.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address, and forgets an account's once it
 * signs in.
 */
@Component
class SignInEvents {

	private final SignInThrottle throttle;

	SignInEvents(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.throttle.failed(SignInThrottle.account(event.getAuthentication().getName()));
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			this.throttle.failed(SignInThrottle.address(details.getRemoteAddress()));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.throttle.succeeded(SignInThrottle.account(event.getAuthentication().getName()));
	}

}
