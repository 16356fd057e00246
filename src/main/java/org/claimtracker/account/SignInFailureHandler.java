package org.claimtracker.account;

import java.io.IOException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a refused sign-in back to the sign-in page, its account name filled in again,
 * saying that the name and password do not match, or how long to wait when the throttle
 * turned it away (also as Retry-After, for clients that read it). Each is counted in the
 * metric {@value #METRIC}, by reason: {@code refused} (a wrong name or password, or a
 * disabled account) or {@code throttled} (turned away unchecked).
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String METRIC = "claimtracker.sign.in.failures";

	private final Counter refusals;

	private final Counter turnedAway;

	SignInFailureHandler(MeterRegistry meters) {
		super("/login?error");
		this.refusals = counter(meters, "refused");
		this.turnedAway = counter(meters, "throttled");
	}

	private static Counter counter(MeterRegistry meters, String reason) {
		return Counter.builder(METRIC)
			.description("Sign-ins that failed, by reason")
			.tag("reason", reason)
			.register(meters);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		SignInName.keep(request);
		if (exception instanceof SignInThrottledException throttled) {
			this.turnedAway.increment();
			// a second to spare, so that whoever waits as told is not turned away again
			String seconds = Long.toString(throttled.getWait().toSeconds() + 1);
			response.setHeader("Retry-After", seconds);
			getRedirectStrategy().sendRedirect(request, response, "/login?wait=" + seconds);
			return;
		}
		this.refusals.increment();
		super.onAuthenticationFailure(request, response, exception);
	}

}
