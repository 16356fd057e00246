package org.claimtracker.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The web addresses of import files: an article's URL, where a claim was made, where it
 * was checked. Each must be an absolute http or https address.
 */
final class WebAddresses {

	private WebAddresses() {
	}

	/**
	 * The address, stripped; {@code what} names it in the reason a bad one gives ("the
	 * URL").
	 */
	static String http(String value, String what) throws BadRecordException {
		String url = value.strip();
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
					&& uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// reported below as any other address that is not a web page's
		}
		throw new BadRecordException(
				what + " \"" + Text.shortened(url) + "\" is not a web address: it must start with http:// or https://");
	}

	/**
	 * The host of a web address without {@code www.}: the outlet a file names none for.
	 */
	static String host(String url) {
		String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
		return host.startsWith("www.") ? host.substring(4) : host;
	}

}
