package org.claimtracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The account name of a sign-in that was refused or turned away, kept in the session for
 * the sign-in page to show again, so that the editor retypes only the password.
 */
public final class SignInName {

	private static final String ATTRIBUTE = SignInName.class.getName();

	/**
	 * Longer than any account name; what is longer is not worth keeping, nor counting in
	 * full.
	 */
	private static final int LONGEST = 200;

	private SignInName() {
	}

	/**
	 * The name a sign-in is for, the one value its throttle count and its password check
	 * both use: without the white space around it, which no account name has, and cut to
	 * {@value #LONGEST} characters, which no account name reaches, so that the failure it
	 * is counted as fits in the database.
	 */
	static String normalise(String username) {
		String name = username.strip();
		return (name.codePointCount(0, name.length()) > LONGEST)
				? name.substring(0, name.offsetByCodePoints(0, LONGEST)) : name;
	}

	static void keep(HttpServletRequest request) {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank() && username.length() <= LONGEST && username.indexOf('\0') < 0) {
			request.getSession().setAttribute(ATTRIBUTE, username);
		}
	}

	/** The name kept for the sign-in page, once: a later visit starts blank. */
	public static @Nullable String take(@Nullable HttpSession session) {
		if (session == null) {
			return null;
		}
		Object username = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return (username instanceof String name) ? name : null;
	}

}
