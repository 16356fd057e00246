package org.claimtracker.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.claimtracker.ClaimTrackerApplication;
import org.claimtracker.account.SignInThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one database hold one extraction limit and one sign-in throttle:
 * requests split across both run out where one instance's would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { SharedLimitsTest.CAPACITY, SharedLimitsTest.PER_MINUTE })
class SharedLimitsTest {

	static final String CAPACITY = "claimtracker.extract.rate.capacity=6";

	/** Slow enough that no token comes back while the test runs. */
	static final String PER_MINUTE = "claimtracker.extract.rate.per-minute=1";

	/** The other instance, on the same database, with the same limits. */
	static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startSecondInstance() {
		second = new SpringApplicationBuilder(ClaimTrackerApplication.class)
			.properties("server.port=0", CAPACITY, PER_MINUTE)
			.run();
	}

	@AfterAll
	static void stopSecondInstance() {
		second.close();
	}

	@Test
	void extractionsSplitAcrossTwoInstancesRunOutAtTheCapacity() throws Exception {
		int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			statuses.add(extract((i % 2 == 0) ? this.port : otherPort).statusCode());
		}
		// each instance alone would have let 6 through: 10 in all
		assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 429, 429, 429, 429);
		HttpResponse<String> refused = extract(otherPort);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(this.jdbc.queryForObject("select count(*) from rate_limit_bucket where id like 'extract:6/1:%'",
				Long.class))
			.isOne();
	}

	@Test
	void signInFailuresOnOneInstanceThrottleTheOther() throws Exception {
		String name = "shared-" + UUID.randomUUID();
		try {
			SignInThrottle other = second.getBean(SignInThrottle.class);
			for (int i = 0; i < 5; i++) {
				// each attempt counted as failed, half of them on each instance
				SignInThrottle instance = (i % 2 == 0) ? this.throttle : other;
				assertThat(instance.take(name, "192.0.2.70").granted()).isTrue();
			}
			SignInThrottle.Turn sixth = other.take(name, "192.0.2.71");
			assertThat(sixth.granted()).isFalse();
			assertThat(sixth.waitFor()).isPositive();
		}
		finally {
			this.jdbc.update("delete from sign_in_failure where subject in (?, ?, ?)", "account:" + name,
					"address:192.0.2.70", "address:192.0.2.71");
		}
	}

	private HttpResponse<String> extract(int port) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/extract"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("x"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
