package org.healthcode.support;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems: a stable {@code code}, a type URI made from it, and a detail
 * text in the reader's language from the message bundles, never from exception text.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HealthCodeException ex, MessageSource messages, Locale locale) {
		return of(ex.status(), ex.code(), messages.getMessage(ex.messageKey(), ex.messageArgs(),
				messages.getMessage("problem." + ex.code(), ex.messageArgs(), ex.code(), locale), locale));
	}

	public static ProblemDetail of(HttpStatus status, String code, MessageSource messages, Locale locale) {
		return of(status, code, messages.getMessage("problem." + code, null, code, locale));
	}

	private static ProblemDetail of(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:healthcode:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * The problem as JSON members, for writers that run outside Spring MVC (security
	 * filters).
	 */
	public static Map<String, Object> asMap(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", problem.getType().toString());
		members.put("title", problem.getTitle());
		members.put("status", problem.getStatus());
		members.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			members.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			members.putAll(problem.getProperties());
		}
		return members;
	}

}
