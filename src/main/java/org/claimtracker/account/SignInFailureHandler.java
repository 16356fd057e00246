package org.claimtracker.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a refused sign-in back to the sign-in page, its account name filled in again,
 * saying that the name and password do not match, or how long to wait when the throttle
 * turned it away (also as Retry-After, for clients that read it).
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		SignInName.keep(request);
		if (exception instanceof SignInThrottledException throttled) {
			// a second to spare, so that whoever waits as told is not turned away again
			String seconds = Long.toString(throttled.getWait().toSeconds() + 1);
			response.setHeader("Retry-After", seconds);
			getRedirectStrategy().sendRedirect(request, response, "/login?wait=" + seconds);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
