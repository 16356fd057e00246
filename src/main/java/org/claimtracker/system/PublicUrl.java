package org.claimtracker.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's address as readers reach it, the base of links that leave the site, such as
 * an export's permalinks. It is {@code claimtracker.public-url} when that is set. Without
 * it, the address a request came to is used only behind a proxy
 * ({@code server.forward-headers-strategy}, or a cloud platform that implies one), whose
 * forwarded headers the servlet container or Spring has read into the request; otherwise
 * the base is the app's own {@code http://localhost:<port>}, because a Host header says
 * whatever the client wrote, and a link made from it would send everyone who opens a
 * shared file where that client wanted.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

	private static final Log logger = LogFactory.getLog(PublicUrl.class);

	private static final String PROPERTY = "claimtracker.public-url";

	private final @Nullable String configured;

	private final boolean proxied;

	private final String contextPath;

	/** The port the app answers on: the configured one until the server says which. */
	private volatile int port;

	PublicUrl(@Value("${" + PROPERTY + ":}") String configured, Environment environment) {
		this.configured = configured.isBlank() ? null : checked(configured.strip());
		String strategy = environment.getProperty("server.forward-headers-strategy", "").strip();
		if (strategy.isEmpty()) {
			// what Spring Boot does itself when no strategy is set
			CloudPlatform platform = CloudPlatform.getActive(environment);
			this.proxied = platform != null && platform.isUsingForwardHeaders();
		}
		else {
			this.proxied = !"none".equals(strategy.toLowerCase(Locale.ROOT));
		}
		this.contextPath = environment.getProperty("server.servlet.context-path", "");
		this.port = environment.getProperty("server.port", Integer.class, 8080);
	}

	/** The base of absolute links, without a trailing slash. */
	public String of(HttpServletRequest request) {
		if (this.configured != null) {
			return this.configured;
		}
		if (this.proxied) {
			return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		}
		return ownAddress();
	}

	private String ownAddress() {
		return "http://localhost" + ((this.port == 80) ? "" : ":" + this.port) + this.contextPath;
	}

	/** Takes the server's port, and says once what the base of links will be. */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			// a management server's port is none of the site's
			return;
		}
		this.port = event.getWebServer().getPort();
		if (this.configured != null) {
			logger.info("Links that leave the site start with " + this.configured);
		}
		else if (this.proxied) {
			logger.warn(PROPERTY + " is not set: links that leave the site, such as the export's permalinks, "
					+ "take the address that the proxy in front forwards (Host, X-Forwarded-Host, X-Forwarded-Proto). "
					+ "Set it to the site's public address, such as https://claims.example.org");
		}
		else {
			logger.warn(PROPERTY + " is not set: links that leave the site, such as the export's permalinks, "
					+ "start with " + ownAddress() + ", never with a Host header that a client wrote. "
					+ "Set it to the site's public address, such as https://claims.example.org");
		}
	}

	/**
	 * The configured address without its trailing slash, if it can start a link: http or
	 * https, a host, no user, query or fragment. Anything else stops the start, where an
	 * operator sees it, rather than breaking every link of every export.
	 */
	private static String checked(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw invalid(url);
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
				|| uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalid(url);
		}
		String base = uri.toString();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base;
	}

	private static IllegalStateException invalid(String url) {
		return new IllegalStateException(PROPERTY + " must be the address readers reach the site at, such as "
				+ "https://claims.example.org or https://example.org/claims, without a query or fragment: '" + url
				+ "' is not");
	}

}
