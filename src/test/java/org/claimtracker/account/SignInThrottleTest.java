package org.claimtracker.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The sign-in throttle over real HTTP: whatever the spelling of the sign-in address, and
 * however many guesses arrive at once, no more passwords are checked than the throttle
 * allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

	private static final String PASSWORD = "copper kettle drifts north";

	private static final int AT_ONCE = 20;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@MockitoSpyBean
	PasswordEncoder passwords;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	@AfterEach
	void forgetFailuresAndAccounts() {
		// every request here comes from one address: other tests must not inherit its
		// count
		this.jdbc.update("delete from sign_in_failure");
		this.jdbc.update("delete from app_user where username like 'throttled-%'");
	}

	@Test
	void aLockedAccountIsTurnedAwayHoweverTheSignInAddressIsSpelled() throws Exception {
		this.accounts.add("throttled-locked", PASSWORD, Role.EDITOR);
		this.jdbc.update("""
				insert into sign_in_failure (subject, failures, last_failed_at)
				values ('account:throttled-locked', 20, clock_timestamp())""");
		clearInvocations(this.passwords);
		for (String path : new String[] { "/%6cogin", "/%6C%6F%67%69%6E", "/login;x=1", "//login", "/login/",
				"/./login", "/login" }) {
			HttpResponse<Void> response = signIn(form(), path, "throttled-locked", PASSWORD).join();
			// refused outright (400), or not a sign-in at all, or turned away: never in
			assertThat(response.headers().firstValue("Location").orElse("none")).as(path).doesNotEndWith("/editor");
		}
		verify(this.passwords, never()).matches(any(), any());
		// a spelling that signs in meets the throttle, with the page saying how long to
		// wait
		for (String path : new String[] { "/login", "/%6cogin" }) {
			HttpResponse<Void> throttled = signIn(form(), path, "throttled-locked", PASSWORD).join();
			assertThat(throttled.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).contains("/login?wait="));
			assertThat(throttled.headers().firstValue("Retry-After")).as(path).isPresent();
		}
	}

	@Test
	void guessesAtOneAccountSentAtOnceAreCheckedNoMoreThanTheRuleAllows() throws Exception {
		this.accounts.add("throttled-target", PASSWORD, Role.EDITOR);
		List<String[]> forms = forms();
		clearInvocations(this.passwords);
		List<CompletableFuture<HttpResponse<Void>>> guesses = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			guesses.add(signIn(forms.get(i), "/login", "throttled-target", "guess " + i));
		}
		assertAtMostFreeFailuresChecked(guesses);
	}

	@Test
	void guessesFromOneAddressSentAtOnceAreCheckedNoMoreThanTheRuleAllows() throws Exception {
		List<String[]> forms = forms();
		clearInvocations(this.passwords);
		List<CompletableFuture<HttpResponse<Void>>> guesses = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			guesses.add(signIn(forms.get(i), "/login", "throttled-nobody-" + i, "guess " + i));
		}
		assertAtMostFreeFailuresChecked(guesses);
	}

	private void assertAtMostFreeFailuresChecked(List<CompletableFuture<HttpResponse<Void>>> guesses) {
		List<String> locations = guesses.stream()
			.map(CompletableFuture::join)
			.map((response) -> response.headers().firstValue("Location").orElse("none"))
			.toList();
		verify(this.passwords, atMost(SignInThrottle.FREE_FAILURES)).matches(any(), any());
		assertThat(locations.stream().filter((location) -> location.endsWith("/login?error")))
			.hasSizeLessThanOrEqualTo(SignInThrottle.FREE_FAILURES);
		assertThat(locations.stream().filter((location) -> location.contains("/login?wait=")))
			.hasSizeGreaterThanOrEqualTo(AT_ONCE - SignInThrottle.FREE_FAILURES);
	}

	/**
	 * A form token cookie and its CSRF token for each guess, fetched one after the other.
	 */
	private List<String[]> forms() throws Exception {
		List<String[]> forms = new ArrayList<>();
		for (int i = 0; i < AT_ONCE; i++) {
			forms.add(form());
		}
		return forms;
	}

	private String[] form() throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(SessionOrCookieCsrfTokenRepository.COOKIE_NAME + "="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		return new String[] { cookie, csrf.group(1) };
	}

	private CompletableFuture<HttpResponse<Void>> signIn(String[] form, String path, String username, String password) {
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(form[1], StandardCharsets.UTF_8);
		return this.http.sendAsync(HttpRequest.newBuilder(url(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", form[0])
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
