package org.healthcode.person;

import jakarta.servlet.http.HttpSession;

/**
 * Where a resident sent to real-name registration returns afterwards (e.g. the venue they
 * were scanning), kept in the session. Only local paths are accepted, so it cannot
 * redirect elsewhere.
 */
public final class ProfileReturn {

	private static final String ATTRIBUTE = "person.profile.returnTo";

	private ProfileReturn() {
	}

	public static void remember(HttpSession session, String localPath) {
		if (localPath.startsWith("/") && !localPath.startsWith("//")) {
			session.setAttribute(ATTRIBUTE, localPath);
		}
	}

	/** The remembered path, once; null if none. */
	static String take(HttpSession session) {
		Object path = session.getAttribute(ATTRIBUTE);
		session.removeAttribute(ATTRIBUTE);
		return path instanceof String local ? local : null;
	}

}
