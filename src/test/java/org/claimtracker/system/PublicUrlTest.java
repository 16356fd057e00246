package org.claimtracker.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Absolute links start from the configured public address; without one, from what a proxy
 * says only when there is a proxy, and otherwise from the app's own address, never from a
 * Host header that any client can write.
 */
class PublicUrlTest {

	@Test
	void theConfiguredAddressIsTheBaseWhateverTheRequestSays() {
		PublicUrl url = new PublicUrl("https://claims.example.org/", new MockEnvironment());
		assertThat(url.of(hostile())).isEqualTo("https://claims.example.org");
		assertThat(new PublicUrl(" https://example.org/claims/ ", proxied("native")).of(hostile()))
			.isEqualTo("https://example.org/claims");
	}

	@Test
	void anAddressThatCannotBeALinksBaseStopsTheStart() {
		for (String bad : new String[] { "claims.example.org", "/claims", "ftp://claims.example.org",
				"https://claims.example.org/?page=1", "https://claims.example.org/#top",
				"https://me@claims.example.org", "https://" }) {
			assertThatThrownBy(() -> new PublicUrl(bad, new MockEnvironment())).as(bad)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("claimtracker.public-url");
		}
	}

	@Test
	void withoutAnAddressOrAProxyTheAppsOwnAddressIsTheBase() {
		assertThat(new PublicUrl("", new MockEnvironment()).of(hostile())).isEqualTo("http://localhost:8080");
		MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9000")
			.withProperty("server.servlet.context-path", "/claims");
		assertThat(new PublicUrl("", environment).of(hostile())).isEqualTo("http://localhost:9000/claims");
		assertThat(new PublicUrl("", proxied("none")).of(hostile())).isEqualTo("http://localhost:8080");
	}

	@Test
	void behindAProxyTheAddressItForwardsIsTheBase() {
		// the servlet container or Spring's filter has already read the proxy's headers
		// into the request
		MockHttpServletRequest forwarded = new MockHttpServletRequest("GET", "/search.csv");
		forwarded.setScheme("https");
		forwarded.setServerName("claims.example.org");
		forwarded.setServerPort(443);
		assertThat(new PublicUrl("", proxied("native")).of(forwarded)).isEqualTo("https://claims.example.org");
		assertThat(new PublicUrl("", proxied("framework")).of(forwarded)).isEqualTo("https://claims.example.org");
		forwarded.setContextPath("/claims");
		forwarded.setRequestURI("/claims/search.csv");
		assertThat(new PublicUrl("", proxied("NATIVE")).of(forwarded)).isEqualTo("https://claims.example.org/claims");
	}

	private static MockEnvironment proxied(String strategy) {
		return new MockEnvironment().withProperty("server.forward-headers-strategy", strategy);
	}

	private static MockHttpServletRequest hostile() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search.csv");
		request.addHeader("Host", "evil.example");
		request.addHeader("X-Forwarded-Host", "evil.example");
		return request;
	}

}
