package org.claimtracker.system;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtracker.account.AccountService;
import org.claimtracker.account.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run behind a proxy that ends TLS and says so in {@code X-Forwarded-Proto}, as the
 * README's setup has it: pages then send HSTS, the session cookie is only sent over
 * HTTPS, and an export's links take the address the proxy gives. Over plain HTTP there is
 * no HSTS, which browsers would ignore anyway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.forward-headers-strategy=native", "spring.datasource.hikari.maximum-pool-size=3" })
// a context of its own, for this class only: a few database connections, closed after it
@DirtiesContext
class BehindTlsProxyTest {

	private static final String PASSPHRASE = "one passphrase behind the proxy";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void overHttpsPagesSendHstsAndTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> form = send(request("/login").header("X-Forwarded-Proto", "https"));
		assertThat(form.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));

		HttpResponse<String> signedIn = signIn(form, "https");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(sessionCookie(signedIn)).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");
	}

	@Test
	void overPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure() throws Exception {
		HttpResponse<String> form = send(request("/login"));
		assertThat(form.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> signedIn = signIn(form, null);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(sessionCookie(signedIn)).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void anExportsLinksTakeTheAddressTheProxyGives() throws Exception {
		HttpResponse<String> csv = send(request("/search.csv?q=immigration").header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "claims.example.org"));
		assertThat(csv.statusCode()).isEqualTo(200);
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv.body().substring(1)))
			.getRecords();
		assertThat(rows).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("permalink"))
				.isEqualTo("https://claims.example.org/quotes/" + row.get("id")));
	}

	private HttpResponse<String> signIn(HttpResponse<String> form, @Nullable String proto)
			throws IOException, InterruptedException {
		if (!this.accounts.exists("proxied")) {
			this.accounts.add("proxied", PASSPHRASE, Role.EDITOR);
		}
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=proxied&password=" + URLEncoder.encode(PASSPHRASE, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		String cookies = cookies(form);
		if (!cookies.isEmpty()) {
			post.header("Cookie", cookies);
		}
		if (proto != null) {
			post.header("X-Forwarded-Proto", proto);
		}
		return send(post);
	}

	/** The cookies a response sets, as a request sends them back. */
	private static String cookies(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.collect(Collectors.joining("; "));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
