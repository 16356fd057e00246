package org.claimtracker.api;

import org.jspecify.annotations.Nullable;

/** Row versions as HTTP entity tags, and back. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an If-Match header names. A tag that is no version can match nothing, nor can a weak
	 * one: If-Match compares strongly (RFC 9110, 13.1.1).
	 */
	static int fromIfMatch(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			return -1;
		}
		try {
			return Integer.parseInt(tag.replace("\"", ""));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
