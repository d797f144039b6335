package org.healthcode.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthcode.support.DatabaseFailures;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as problem+json with a stable {@code code} and a localized
 * {@code detail}. Input values, exception text and stack traces never reach the response;
 * unexpected failures are logged here and answered with a generic 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	private final MessageSource messages;

	ProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HealthCodeException.class)
	ResponseEntity<ProblemDetail> healthCodeProblem(HealthCodeException ex) {
		return respond(Problems.of(ex, this.messages, locale()), ex.retryAfter());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", this.messages, locale()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DatabaseFailures.isUnavailable(ex)) {
			log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
			return healthCodeProblem(DatabaseFailures.unavailable());
		}
		log.error("Unexpected failure", ex);
		return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", this.messages, locale()));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", this.messages, locale());
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error)))
			.toList();
		problem.setProperty("errors", errors);
		return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return new ResponseEntity<>(Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", this.messages, locale()),
				problemHeaders(), HttpStatus.BAD_REQUEST);
	}

	/**
	 * Spring's own errors (unreadable JSON, wrong method, unknown path, too large...):
	 * keep the status, replace the text with ours and add a code.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpStatus status = HttpStatus.valueOf(statusCode.value());
		ProblemDetail problem = Problems.of(status, ErrorPageController.codeFor(status), this.messages, locale());
		HttpHeaders merged = new HttpHeaders();
		merged.putAll(headers);
		merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, merged, statusCode);
	}

	private String fieldMessage(FieldError error) {
		return this.messages.getMessage(error, locale());
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return respond(problem, null);
	}

	/**
	 * 429 and 503 always say when to try again: the wait the problem asks for, or a
	 * default (a minute for rate limits, a few seconds for an unavailable service).
	 */
	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Duration retryAfter) {
		HttpHeaders headers = problemHeaders();
		Duration wait = (retryAfter != null) ? retryAfter : defaultRetryAfter(problem.getStatus());
		if (wait != null) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
		}
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	static Duration defaultRetryAfter(int status) {
		if (status == HttpStatus.TOO_MANY_REQUESTS.value()) {
			return Duration.ofMinutes(1);
		}
		return (status == HttpStatus.SERVICE_UNAVAILABLE.value()) ? DatabaseFailures.RETRY_AFTER : null;
	}

	private static HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return headers;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
