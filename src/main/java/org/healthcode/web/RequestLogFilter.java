package org.healthcode.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request: method, path, status, duration. Never the query
 * string, body or headers, which may carry phone numbers, ID numbers or tokens; scan
 * paths are cut to their prefix.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("healthcode.request");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isInfoEnabled()) {
				long millis = (System.nanoTime() - start) / 1_000_000;
				log.info("method={} path={} status={} durationMs={}", request.getMethod(), loggablePath(request),
						response.getStatus(), millis);
			}
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/fonts/");
	}

	static String loggablePath(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.length() > 200) {
			path = path.substring(0, 200);
		}
		// tokens in scan and verify links are capabilities: log that one was used, not
		// which
		return path.replaceFirst("^/s/.*", "/s/{token}").replaceFirst("^/verify/.*", "/verify/{token}");
	}

}
