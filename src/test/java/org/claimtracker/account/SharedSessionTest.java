package org.claimtracker.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.ClaimTrackerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database serve the same signed-in editor: sessions live in
 * PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void signInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		if (!this.accounts.exists("two-instances")) {
			this.accounts.add("two-instances", "one passphrase, two instances", Role.EDITOR);
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ClaimTrackerApplication.class)
			.properties("server.port=0")
			.run()) {
			int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

			HttpResponse<String> form = http.send(HttpRequest.newBuilder(url(this.port, "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			// no session before signing in: the form's token comes in a cookie
			String cookie = cookie(form, "XSRF-TOKEN");
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
			assertThat(csrf.find()).isTrue();
			String body = "username=two-instances&password="
					+ URLEncoder.encode("one passphrase, two instances", StandardCharsets.UTF_8) + "&_csrf="
					+ csrf.group(1);
			HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(this.port, "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/editor"));
			String session = cookie(signedIn, "SESSION");

			HttpResponse<String> desk = http.send(
					HttpRequest.newBuilder(url(otherPort, "/editor")).header("Cookie", session).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(desk.statusCode()).isEqualTo(200);
			assertThat(desk.body()).contains("Sign out (two-instances)");
		}
		finally {
			this.accounts.accounts()
				.stream()
				.filter((a) -> a.username().equals("two-instances"))
				.forEach((a) -> this.accounts.setEnabled(a.id(), false));
		}
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith(name + "="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
	}

	private static URI url(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
