package org.healthcode.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Pages: a post refused for its CSRF token (the session that issued the token has ended,
 * or the page was too old) leads to a styled page that says so and takes the person back
 * to the form, with what they typed, after logging in again; any other refusal is the
 * styled 403 error page.
 */
class SessionEndedHandler implements AccessDeniedHandler {

	/** Sends 403, which the container shows as the error page. */
	private final AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException && !"GET".equals(request.getMethod()) && fromAPage(request)) {
			SessionEnded.of(request).keepIn(request.getSession(true));
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + "/session-ended");
			return;
		}
		this.forbidden.handle(request, response, denied);
	}

	/**
	 * A browser's form post (it accepts HTML); scripts and other clients get a plain 403.
	 */
	private static boolean fromAPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

}
