package org.claimtracker.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An article's address as annotation tools and ClaimTracker may write it differently,
 * reduced to what names the page: {@code http} or {@code https}, the host in any case, a
 * default port, a trailing slash, a fragment and {@code utm_*} tracking parameters make
 * no difference. Two addresses with the same key are the same article.
 */
final class ArticleAddress {

	private ArticleAddress() {
	}

	/** The key of the address; null if it is no http or https address. */
	static @Nullable String key(String address) {
		try {
			URI uri = new URI(address.strip());
			String scheme = uri.getScheme();
			if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					|| uri.getHost() == null) {
				return null;
			}
			String host = uri.getHost().toLowerCase(Locale.ROOT);
			int port = uri.getPort();
			String path = (uri.getRawPath() == null) ? "" : uri.getRawPath();
			while (path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			StringBuilder key = new StringBuilder(host);
			if (port >= 0 && port != 80 && port != 443) {
				key.append(':').append(port);
			}
			key.append(path);
			String query = query(uri.getRawQuery());
			if (!query.isEmpty()) {
				key.append('?').append(query);
			}
			return key.toString();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The host and path of the key, which the database compares before the whole key is.
	 */
	static String hostAndPath(String key) {
		int query = key.indexOf('?');
		return (query >= 0) ? key.substring(0, query) : key;
	}

	private static String query(@Nullable String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		for (String parameter : raw.split("&")) {
			if (!parameter.isEmpty() && !parameter.toLowerCase(Locale.ROOT).startsWith("utm_")) {
				kept.add(parameter);
			}
		}
		return String.join("&", kept);
	}

}
