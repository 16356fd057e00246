package org.claimtracker.account;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions are stored for editors who sign in, not for every visitor: readers and the
 * sign-in page make none, a refused sign-in keeps its account name for minutes only, and
 * a signed-in session ends after the idle timeout or, however busy, after its absolute
 * lifetime. Over real HTTP on the real session table, each client keeping its cookies
 * like a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionLifetimeTest {

	private static final String PASSWORD = "a session's long password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void editor() {
		if (!this.accounts.exists("lifetimes")) {
			this.accounts.add("lifetimes", PASSWORD, Role.EDITOR);
		}
	}

	@AfterEach
	void forgetFailures() {
		this.jdbc.update("delete from sign_in_failure");
	}

	@Test
	void anonymousVisitsStoreNoSession() throws Exception {
		long start = System.currentTimeMillis();
		for (int i = 0; i < 50; i++) {
			Browser visitor = new Browser();
			HttpResponse<String> desk = visitor.get("/editor");
			assertThat(desk.statusCode()).isEqualTo(302);
			assertThat(desk.headers().firstValue("Location"))
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
			HttpResponse<String> form = visitor.get("/login");
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(csrfToken(form)).isNotEmpty();
			assertThat(new Browser().get("/").statusCode()).isEqualTo(200);
			assertThat(new Browser().get("/login").statusCode()).isEqualTo(200);
		}
		assertThat(sessionsSince(start)).isZero();
	}

	@Test
	void signingInTakesTheEditorToThePageTheyAskedForWithTheIdleTimeout() throws Exception {
		Browser editor = new Browser();
		editor.get("/editor/account");
		HttpResponse<String> signedIn = editor.signIn("lifetimes", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).contains("/editor/account"));
		assertThat(editor.get("/editor/account").body()).contains("Sign out (lifetimes)");
		assertThat(maxInactiveInterval(editor.sessionId())).isEqualTo(Duration.ofHours(8));
		// the form's token no longer lives in a cookie once there is a session
		assertThat(editor.cookie("XSRF-TOKEN")).isNull();
	}

	@Test
	void aRefusedSignInKeepsTheNameForMinutesAndASignInThenLastsTheIdleTimeout() throws Exception {
		Browser typist = new Browser();
		HttpResponse<String> refused = typist.signIn("lifetimes", "a typo");
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error"));
		Duration kept = maxInactiveInterval(typist.sessionId());
		assertThat(kept).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
		assertThat(typist.get("/login?error").body()).contains("value=\"lifetimes\"");

		HttpResponse<String> signedIn = typist.signIn("lifetimes", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/editor"));
		assertThat(typist.get("/editor").statusCode()).isEqualTo(200);
		assertThat(maxInactiveInterval(typist.sessionId())).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void aSessionOlderThanItsAbsoluteLifetimeIsRefusedHoweverBusy() throws Exception {
		Browser editor = new Browser();
		editor.signIn("lifetimes", PASSWORD);
		assertThat(editor.get("/editor").statusCode()).isEqualTo(200);
		String id = editor.sessionId();
		// used a minute ago, begun six days and 23 hours ago: still good
		age(id, Duration.ofDays(7).minusHours(1));
		assertThat(editor.get("/editor").statusCode()).isEqualTo(200);
		age(id, Duration.ofDays(7).plusMinutes(1));
		HttpResponse<String> refused = editor.get("/editor");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, id))
			.isZero();
	}

	private void age(String sessionId, Duration age) {
		long now = System.currentTimeMillis();
		this.jdbc.update("update spring_session set creation_time = ?, last_access_time = ? where session_id = ?",
				now - age.toMillis(), now - Duration.ofMinutes(1).toMillis(), sessionId);
	}

	private long sessionsSince(long start) {
		return this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Long.class,
				start);
	}

	private Duration maxInactiveInterval(String sessionId) {
		return Duration.ofSeconds(this.jdbc.queryForObject(
				"select max_inactive_interval from spring_session where session_id = ?", Integer.class, sessionId));
	}

	private static String csrfToken(HttpResponse<String> form) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).as("the form's CSRF token").isTrue();
		return csrf.group(1);
	}

	/** One visitor: a client that keeps the cookies it is given, as a browser does. */
	private final class Browser {

		private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> signIn(String username, String password) throws Exception {
			String token = csrfToken(get("/login"));
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(token, StandardCharsets.UTF_8);
			return this.http.send(HttpRequest.newBuilder(url("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		String sessionId() {
			HttpCookie session = cookie("SESSION");
			assertThat(session).as("a session cookie").isNotNull();
			return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		}

		HttpCookie cookie(String name) {
			return this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals(name))
				.findFirst()
				.orElse(null);
		}

		private URI url(String path) {
			return URI.create("http://localhost:" + SessionLifetimeTest.this.port + path);
		}

	}

}
