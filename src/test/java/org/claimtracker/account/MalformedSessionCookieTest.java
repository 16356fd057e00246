package org.claimtracker.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session cookie that cannot name a session the app gave out is no session at all: the
 * visitor is anonymous, on every page and the API. Over real HTTP, where such a cookie
 * used to end in the container's bare 500 and a screenful of log per request. The cookies
 * that stand in for a session before sign-in (the page to return to, the form's token)
 * are as harmless when they hold nothing usable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedSessionCookieTest {

	/** {@code AA==} decodes to a NUL, which PostgreSQL refuses in any text. */
	static final List<String> MALFORMED = List.of("SESSION=AA==", "SESSION=AAAA", "SESSION=bm90IGFuIGlk", "SESSION=%%%",
			"SESSION=" + "QUFB".repeat(3000));

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aSessionIdThatCannotBeOneIsNoSession(CapturedOutput output) throws Exception {
		int logged = output.getAll().length();
		for (String cookie : MALFORMED) {
			for (String path : List.of("/", "/login", "/search?q=border", "/articles", "/api/v1/claims")) {
				HttpResponse<String> response = get(path, cookie);
				assertThat(response.statusCode()).as(cookie + " on " + path).isEqualTo(200);
				assertThat(response.headers().allValues("Set-Cookie")).as(cookie + " on " + path)
					.noneMatch((c) -> c.startsWith("SESSION="));
			}
			HttpResponse<String> desk = get("/editor", cookie);
			assertThat(desk.statusCode()).as(cookie + " on /editor").isEqualTo(302);
			assertThat(desk.headers().firstValue("Location")).as(cookie + " on /editor")
				.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		}
		String log = output.getAll().substring(logged);
		assertThat(log).doesNotContain("ERROR").doesNotContain("Exception");
	}

	@Test
	void aReturnAddressOrFormTokenCookieThatHoldsNothingUsableIsIgnored(CapturedOutput output) throws Exception {
		if (!this.accounts.exists("returning")) {
			this.accounts.add("returning", "lantern meadow quietly folds", Role.EDITOR);
		}
		int logged = output.getAll().length();
		List<String> malformed = List.of("REDIRECT_URI=AA==", "REDIRECT_URI=" + base64("/%zz"), "REDIRECT_URI=%%%",
				"REDIRECT_URI=" + base64("//elsewhere.example/editor"), "XSRF-TOKEN=AA==", "XSRF-TOKEN=%%%");
		for (String cookie : malformed) {
			for (String path : List.of("/", "/login", "/search?q=border")) {
				assertThat(get(path, cookie).statusCode()).as(cookie + " on " + path).isEqualTo(200);
			}
		}
		// a return address that is not this site's is not followed after signing in
		HttpResponse<String> form = get("/login", "SESSION=AA==");
		String token = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(url("/login"))
			.header("Cookie", token + "; REDIRECT_URI=" + base64("//elsewhere.example/editor") + "; SESSION=AA==")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=returning&password="
					+ URLEncoder.encode("lantern meadow quietly folds", StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/editor");
		assertThat(output.getAll().substring(logged)).doesNotContain("ERROR").doesNotContain("Exception");
	}

	private static String base64(String value) {
		return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookie)
			.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
