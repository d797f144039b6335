package org.healthcode.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters (multipart fields included) must be {@link StorableText}:
 * otherwise 400 {@code TEXT_CHARACTER_INVALID} before any feature sees them. Parameters
 * the container cannot parse at all (a form over the size limit, broken encoding or
 * multipart framing) are refused here too, with the container's status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class StorableTextFilter extends OncePerRequestFilter {

	private static final EdgeProblem UNSTORABLE = new EdgeProblem(HttpStatus.BAD_REQUEST, StorableText.CODE);

	private static final EdgeProblem MALFORMED = new EdgeProblem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			if (isMultipart(request)) {
				// parsed now, so a failure is answered here, once
				request.getParts();
			}
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			(ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE ? RequestSizeLimitFilter.TOO_LARGE
					: MALFORMED)
				.sendUnreadable(request, response);
			return;
		}
		catch (IllegalStateException | IOException | ServletException ex) {
			// multipart content the container could not read, or would not read in full
			(tooLarge(ex) ? RequestSizeLimitFilter.TOO_LARGE : MALFORMED).sendUnreadable(request, response);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!storable(parameter.getKey(), parameter.getValue())) {
				UNSTORABLE.send(request, response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
	}

	private static boolean tooLarge(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SizeException || cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	private static boolean storable(String name, String[] values) {
		if (!StorableText.storable(name)) {
			return false;
		}
		for (String value : values) {
			if (value != null && !StorableText.storable(value)) {
				return false;
			}
		}
		return true;
	}

}
