package org.healthcode.account;

import jakarta.servlet.http.HttpSession;

/**
 * Lets another module send someone who just logged in through a page of its own first
 * (e.g. a new resident to real-name registration, returning to {@code target}
 * afterwards).
 */
public interface SignInDestination {

	/**
	 * The local path to open after logging in.
	 * @param target the local path the person was going to
	 * @return {@code target}, or a path of the module's own that leads on to it
	 */
	String after(AccountPrincipal principal, String target, HttpSession session);

}
