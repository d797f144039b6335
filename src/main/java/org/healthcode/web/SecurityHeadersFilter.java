package org.healthcode.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every answer carries, pages and API alike (Spring Security adds its own:
 * no-sniff, frame options, no-store, the pages' CSP). {@code Referrer-Policy:
 * same-origin}: scan and verify links carry tokens, which must not leak to another site.
 * {@code Permissions-Policy}: the camera for the scanners, nothing else. With secure
 * cookies on (HTTPS deployments) also {@code Strict-Transport-Security}, whether or not
 * the request reached the app over TLS (behind a proxy it often did not).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String REFERRER_POLICY = "same-origin";

	static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()";

	private final String hsts;

	SecurityHeadersFilter(WebProperties properties) {
		this.hsts = properties.secureCookies()
				? "max-age=" + properties.hstsMaxAge().toSeconds() + "; includeSubDomains" : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (this.hsts != null) {
			response.setHeader("Strict-Transport-Security", this.hsts);
		}
		chain.doFilter(request, response);
	}

}
