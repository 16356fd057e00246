package org.claimtracker.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves readers' pages and the site's files from the {@link PageCache}, ahead of
 * sessions and security: a page is rendered once per change, not once per request. Only
 * anonymous requests are served from it or fill it: a request with a session cookie or an
 * API token (an editor, who sees drafts) always goes through to the app, and so does
 * everything else but a GET or HEAD of the paths it keeps. A page goes out with a strong
 * ETag of its body and a {@code Cache-Control} that lets browsers and CDNs keep it as
 * long as they check it, and a conditional request for the same body is answered 304.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String STATUS_HEADER = "X-Page-Cache";

	static final String PAGE_CACHE_CONTROL = "public, no-cache";

	private static final Set<String> NOT_KEPT = Set.of(HttpHeaders.SET_COOKIE, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.CONNECTION, HttpHeaders.VARY,
			HttpHeaders.CONTENT_ENCODING, STATUS_HEADER);

	private static final Set<String> PAGE_FRESHNESS = Set.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA,
			HttpHeaders.EXPIRES, HttpHeaders.ETAG);

	private final PageCache cache;

	private final KeptPaths paths;

	private final String sessionCookie;

	private final int largestPage;

	PageCacheFilter(PageCache cache, KeptPaths paths, String sessionCookie, int largestPage) {
		this.cache = cache;
		this.paths = paths;
		this.sessionCookie = sessionCookie;
		this.largestPage = largestPage;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		KeptPaths.Kind kind = AnonymousRead.test(request, this.sessionCookie)
				? this.paths.kindOf(request.getRequestURI()) : null;
		if (kind == null || !this.cache.isListening()) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		CachedPage page = this.cache.page(key);
		if (page != null) {
			send(page, kind, request, response, "hit");
			return;
		}
		if ("HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		page = keepable(rendering, request, kind);
		if (page == null) {
			rendering.copyBodyToResponse();
			return;
		}
		this.cache.keep(key, page, generation);
		rendering.resetBuffer();
		send(page, kind, request, response, "miss");
	}

	/**
	 * The page's address, and whether htmx asked for a fragment of it; the scheme and
	 * host too, for a site reached at several addresses behind a proxy.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getScheme() + "://" + request.getServerName() + request.getRequestURI()
				+ ((query != null) ? "?" + query : "") + ((request.getHeader("HX-Request") != null) ? " hx" : "");
	}

	private @Nullable CachedPage keepable(ContentCachingResponseWrapper rendering, HttpServletRequest request,
			KeptPaths.Kind kind) {
		if (rendering.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()
				|| rendering.containsHeader(HttpHeaders.SET_COOKIE) || rendering.getContentSize() > this.largestPage) {
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : rendering.getHeaderNames()) {
			if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)
					&& (kind == KeptPaths.Kind.FILE || PAGE_FRESHNESS.stream().noneMatch(name::equalsIgnoreCase))) {
				headers.put(name, new ArrayList<>(rendering.getHeaders(name)));
			}
		}
		if (rendering.getContentType() != null) {
			headers.put(HttpHeaders.CONTENT_TYPE, List.of(rendering.getContentType()));
		}
		return CachedPage.of(Map.copyOf(headers), rendering.getContentAsByteArray(), rendering.getContentType());
	}

	private static void send(CachedPage page, KeptPaths.Kind kind, HttpServletRequest request,
			HttpServletResponse response, String status) throws IOException {
		byte[] gzipped = page.gzipped();
		boolean gzip = gzipped != null && takesGzip(request);
		byte[] body = gzip ? gzipped : page.body();
		String etag = gzip ? page.gzippedEtag() : page.etag();
		response.reset();
		page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		response.setHeader(STATUS_HEADER, status);
		if (gzipped != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		if (kind == KeptPaths.Kind.PAGE) {
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE_CONTROL);
			if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean takesGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.contains("gzip") && !accepted.replace(" ", "").contains("gzip;q=0");
	}

	/**
	 * Whether an {@code If-None-Match} names the tag (weakly, as RFC 9110 says it
	 * compares).
	 */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.strip();
			if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	/** The first half of the body's SHA-256, in hex. */
	static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
