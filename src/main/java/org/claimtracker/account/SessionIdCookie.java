package org.claimtracker.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Reads from the session cookie only the ids the app could have given out, so that a
 * cookie holding anything else is no session at all: the visitor goes on anonymous,
 * rather than the database refusing the lookup (a NUL, say) and the page failing. Writing
 * the cookie is left as it is configured.
 */
final class SessionIdCookie implements CookieSerializer {

	private static final Log logger = LogFactory.getLog(SessionIdCookie.class);

	/** Spring Session's ids are random UUIDs, as its table's 36 characters say. */
	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final CookieSerializer cookies;

	SessionIdCookie(CookieSerializer cookies) {
		this.cookies = cookies;
	}

	@Override
	public void writeCookieValue(CookieValue cookieValue) {
		this.cookies.writeCookieValue(cookieValue);
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		List<String> ids = this.cookies.readCookieValues(request);
		List<String> wellFormed = ids.stream().filter((id) -> SESSION_ID.matcher(id).matches()).toList();
		if (wellFormed.size() < ids.size() && logger.isDebugEnabled()) {
			// one line, and no id: what a client sends is not worth a log's room
			logger.debug("Ignored a session cookie that holds no session id, from " + request.getRemoteAddr());
		}
		return wellFormed;
	}

}
