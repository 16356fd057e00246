package org.claimtracker.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A response as it was first rendered for an anonymous reader: its headers (but for
 * cookies, which it never has), its body, the body gzipped once for every client that
 * takes it (when it is text worth compressing), and the strong ETag of each.
 */
record CachedPage(Map<String, List<String>> headers, byte[] body, String etag, byte @Nullable [] gzipped,
		String gzippedEtag) {

	/** Below this, compressing saves less than it costs, as for Tomcat's own. */
	private static final int SMALLEST_COMPRESSED = 2048;

	static CachedPage of(Map<String, List<String>> headers, byte[] body, @Nullable String contentType) {
		String etag = PageCacheFilter.etag(body);
		byte[] gzipped = (body.length >= SMALLEST_COMPRESSED && isText(contentType)) ? gzip(body) : null;
		return new CachedPage(headers, body, "\"" + etag + "\"", gzipped, "\"" + etag + "-gzip\"");
	}

	/** Roughly what the page holds in memory, for the cache's bound. */
	int weight() {
		return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 64 * this.headers.size() + 128;
	}

	private static boolean isText(@Nullable String contentType) {
		return contentType != null && (contentType.startsWith("text/") || contentType.contains("javascript")
				|| contentType.contains("json") || contentType.contains("svg") || contentType.contains("xml"));
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
