package org.claimtracker.api;

import org.jspecify.annotations.Nullable;

/** Row versions as HTTP entity tags, and back. */
final class Versions {

	private Versions() {
	}

	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The version an If-Match header names; a tag that is no version can match nothing. */
	static int fromIfMatch(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Integer.parseInt(tag);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
