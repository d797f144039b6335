package org.healthcode.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.healthcode.support.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches a database that is away where no controller can: in the filters around them
 * (the page session is read from PostgreSQL before security and controllers run). The
 * request is answered through the error page as 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After} (problem+json for the API, a styled page for people), never a 500.
 * Sits outside the session filter, so the error page does not need the session either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || !DatabaseFailures.isUnavailable(ex)) {
				throw ex;
			}
			log.warn("Database unavailable while filtering {} {}", request.getMethod(), request.getRequestURI());
			response.resetBuffer();
			// the CSRF token of the failed pass is bound to the session that could not be
			// read; the error page makes a fresh one, if it needs one
			request.removeAttribute("_csrf");
			request.removeAttribute(CsrfToken.class.getName());
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
			request.getRequestDispatcher("/error").forward(request, response);
		}
	}

}
