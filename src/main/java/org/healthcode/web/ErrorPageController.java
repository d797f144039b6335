package org.healthcode.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.healthcode.support.DatabaseFailures;
import org.healthcode.support.Problems;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Where errors that no controller handled end up (unknown paths, filter errors). API
 * paths get problem+json; pages get a friendly page with the status only, never exception
 * text.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ErrorPageController(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		boolean databaseAway = DatabaseFailures
			.isUnavailable((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		HttpStatus status = databaseAway ? HttpStatus.SERVICE_UNAVAILABLE : statusOf(request);
		String code = databaseAway ? "DATABASE_UNAVAILABLE" : codeFor(status);
		if (isApi(request) || !acceptsHtml(request)) {
			ProblemDetail problem = Problems.of(status, code, this.messages, this.locales.resolveLocale(request));
			ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (ProblemAdvice.defaultRetryAfter(status.value()) != null) {
				answer.header(HttpHeaders.RETRY_AFTER,
						Long.toString(ProblemAdvice.defaultRetryAfter(status.value()).toSeconds()));
			}
			return answer.body(problem);
		}
		String messageKey = databaseAway ? "problem.DATABASE_UNAVAILABLE"
				: "error." + (status.is4xxClientError() ? status.value() : 500);
		return new ModelAndView("error", Map.of("status", status.value(), "messageKey", messageKey), status);
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/actuator"));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String codeFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "MALFORMED_REQUEST";
			case UNAUTHORIZED -> "UNAUTHENTICATED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
			case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
			case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
			case CONTENT_TOO_LARGE -> "BODY_TOO_LARGE";
			case TOO_MANY_REQUESTS -> "RATE_LIMITED";
			case SERVICE_UNAVAILABLE -> "SERVICE_UNAVAILABLE";
			default -> status.is4xxClientError() ? "BAD_REQUEST" : "INTERNAL_ERROR";
		};
	}

}
