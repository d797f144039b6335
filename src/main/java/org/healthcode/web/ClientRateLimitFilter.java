package org.healthcode.web;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.healthcode.support.Problems;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers a client that sends more than its share ({@link RateLimitProperties}) with 429
 * problem+json and {@code Retry-After} instead of letting it fill the node's threads and
 * connections. Runs before the session and security filters, so a refused request costs
 * no database work. Static assets and the health endpoint are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ClientRateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties limits;

	private final Cache<String, Bucket> buckets;

	private final JsonMapper json;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ClientRateLimitFilter(RateLimitProperties limits, JsonMapper json, MessageSource messages, LocaleResolver locales) {
		this.limits = limits;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(limits.maxClients())
			.expireAfterAccess(Duration.ofMinutes(10))
			.build();
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.limits.requestsPerSecond() <= 0 || this.limits.exempt().contains(request.getRemoteAddr())
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/fonts/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
				|| path.startsWith("/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), address -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), Problems.asMap(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
				"RATE_LIMITED", this.messages, this.locales.resolveLocale(request))));
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(this.limits.burst())
				.refillGreedy(this.limits.requestsPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

}
