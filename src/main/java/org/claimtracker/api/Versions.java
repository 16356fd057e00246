package org.claimtracker.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;

/** Row versions as HTTP entity tags, and back. */
final class Versions {

	private Versions() {
	}

	/** The tag a write answers: the version it saved. */
	static String etag(int version) {
		return "\"" + version + "\"";
	}

	/**
	 * The tag of what a read answers: the item's version, then a digest of the whole
	 * body. The body also holds related items (an article's quotes, a claim's evidence)
	 * that change without the item's version, and a tag must change with any of it, or a
	 * client asking If-None-Match would be told "not modified" about a body that was.
	 */
	static String etag(int version, byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + version + "." + HexFormat.of().formatHex(digest, 0, 8) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/**
	 * The version an If-Match header names: a write's tag, or a read's, whose version
	 * comes before the dot (a write changes the item's own fields, so related items
	 * changed since do not stop it). A tag that is no version can match nothing, nor can
	 * a weak one: If-Match compares strongly (RFC 9110, 13.1.1).
	 * <p>
	 * {@code *} matches whatever version is there (RFC 9110, 13.1.1): the client takes
	 * the item as it is now, so the write goes by the version {@code current} reads,
	 * which answers not found when there is no such item. A change saved between that
	 * read and the write is still refused, as with a named tag.
	 */
	static int fromIfMatch(@Nullable String ifMatch, IntSupplier current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String tag = ifMatch.strip();
		if ("*".equals(tag)) {
			return current.getAsInt();
		}
		if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
			return -1;
		}
		String opaque = tag.substring(1, tag.length() - 1);
		int dot = opaque.indexOf('.');
		try {
			return Integer.parseInt((dot >= 0) ? opaque.substring(0, dot) : opaque);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
