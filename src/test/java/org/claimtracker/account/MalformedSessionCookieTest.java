package org.claimtracker.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session cookie that cannot name a session the app gave out is no session at all: the
 * visitor is anonymous, on every page and the API. Over real HTTP, where such a cookie
 * used to end in the container's bare 500 and a screenful of log per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedSessionCookieTest {

	/** {@code AA==} decodes to a NUL, which PostgreSQL refuses in any text. */
	static final List<String> MALFORMED = List.of("SESSION=AA==", "SESSION=AAAA", "SESSION=bm90IGFuIGlk", "SESSION=%%%",
			"SESSION=" + "QUFB".repeat(3000));

	@LocalServerPort
	int port;

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
