package org.claimtracker.reader;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query of 10 000 characters reaches the search over real HTTP, however long its
 * address: the servlet container's limit on the request line would otherwise answer with
 * its own bare page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongQueryOverHttpTest {

	@LocalServerPort
	int port;

	@Test
	void tenThousandCurlyQuotesGetTheSearchPage() throws Exception {
		String q = URLEncoder.encode("“".repeat(5_000) + "x".repeat(5_000), StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/search?q=" + q))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(q).hasSizeGreaterThan(45_000);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(response.body()).select("#results").text()).contains("No quotes match");
	}

}
