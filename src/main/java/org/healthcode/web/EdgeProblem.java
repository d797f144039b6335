package org.healthcode.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A problem found at the edge — a filter, a wrapped request stream — before or beside
 * Spring MVC. It is kept on the request, so whoever answers (the problem advice, the
 * error page) answers with its status and code instead of a generic one.
 *
 * @param status the answer's status
 * @param code the stable problem code, e.g. {@code BODY_TOO_LARGE}
 */
record EdgeProblem(HttpStatus status, String code) {

	private static final String ATTRIBUTE = EdgeProblem.class.getName();

	/** Remembers the problem on the request; the first one found wins. */
	void markOn(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) == null) {
			request.setAttribute(ATTRIBUTE, this);
		}
	}

	/** Refuses the request at once: the error page answers with this problem. */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		markOn(request);
		response.sendError(this.status.value());
	}

	/**
	 * Refuses a request whose body the container could not parse: every later look at its
	 * parameters or parts would fail again, so the error page is shown for a copy of the
	 * request without them (and without its content type) instead of through the
	 * container's error dispatch.
	 */
	void sendUnreadable(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		markOn(request);
		HttpServletRequest withoutBody = new WithoutBody(request);
		withoutBody.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, this.status.value());
		withoutBody.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(this.status.value());
		request.getRequestDispatcher("/error").forward(withoutBody, response);
	}

	static Optional<EdgeProblem> of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof EdgeProblem problem ? Optional.of(problem) : Optional.empty();
	}

	static Optional<EdgeProblem> of(WebRequest request) {
		return request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof EdgeProblem problem
				? Optional.of(problem) : Optional.empty();
	}

	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public Collection<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

	}

}
