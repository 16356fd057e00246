package org.claimtracker.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.DemoIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health, info and metrics answer on the management port only (tests give it a free port,
 * {@code management.server.port=0} in the tests' configuration), with nothing of the
 * site's security in the way; the site's port knows no {@code /actuator}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void actuatorAnswersOnTheManagementPortOnly() throws Exception {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus" }) {
			assertThat(get(this.port, path).statusCode()).as(path).isEqualTo(404);
			assertThat(get(this.managementPort, path).statusCode()).as(path).isEqualTo(200);
		}
		// nothing else of the site there, and no sign-in page either
		HttpResponse<String> page = get(this.managementPort, "/articles");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Location")).isEmpty();
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void readinessIncludesTheDatabaseAndMigrations() throws Exception {
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"")
			.contains("\"db\":{")
			.contains("\"migrations\":{")
			.contains("\"readinessState\":{");
		HttpResponse<String> liveness = get(this.managementPort, "/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"").doesNotContain("\"db\"");
	}

	@Test
	void infoTellsTheVersionAndCommit() throws Exception {
		String info = get(this.managementPort, "/actuator/info").body();
		assertThat(info).contains("\"version\":\"0.1.0-SNAPSHOT\"");
		// a build outside a git checkout has no commit to tell
		if (getClass().getResource("/git.properties") != null) {
			assertThat(info).containsPattern("\"commit\":\\{.*\"id\":\"[0-9a-f]{7}");
		}
	}

	@Test
	void prometheusHasRequestsSearchesAndFailedSignIns() throws Exception {
		long article = new DemoIds(this.jdbc).article();
		assertThat(get(this.port, "/articles/" + article).statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/search?q=" + URLEncoder.encode("\"border security\"", StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(200);
		assertThat(get(this.port, "/search?q=deportations").statusCode()).isEqualTo(200);
		failToSignIn("metrics-nobody");

		String metrics = get(this.managementPort, "/actuator/prometheus").body();
		assertThat(metrics).containsPattern(
				"http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/articles/\\{id\\}\"[^}]*\\} [1-9]");
		assertThat(metrics).containsPattern("claimtracker_search_seconds_count\\{[^}]*class=\"phrase\"[^}]*\\} [1-9]")
			.containsPattern("claimtracker_search_seconds_count\\{[^}]*class=\"words\"[^}]*\\} [1-9]")
			.containsPattern("claimtracker_search_seconds_bucket\\{[^}]*class=\"words\"[^}]*le=\"0.05\"");
		assertThat(metrics)
			.containsPattern("claimtracker_sign_in_failures_total\\{[^}]*reason=\"refused\"[^}]*\\} [1-9]");
		assertThat(metrics).contains("claimtracker_import_records_total{")
			.contains("claimtracker_import_running{")
			.contains("claimtracker_import_remaining{");
	}

	/** A wrong password, with the form's token; the failure is then forgotten again. */
	private void failToSignIn(String username) throws Exception {
		HttpResponse<String> form = get(this.port, "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String cookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.findFirst()
			.orElseThrow();
		String body = "username=" + username + "&password=wrong&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(url(this.port, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		// other tests sign in from this address: it must not carry this test's failure
		this.jdbc.update("delete from sign_in_failure where subject in (?, ?)", "account:" + username,
				"address:127.0.0.1");
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(url(port, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI url(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
