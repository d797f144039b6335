package org.healthcode.web;

import java.util.Map;

import org.healthcode.support.DatabaseFailures;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose action fails for a reason a person caused (someone else's object, a
 * suspended code...) shows the error page with that reason and status, not a generic 500.
 * API controllers are answered by {@link ProblemAdvice} first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	private final MessageSource messages;

	PageProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A page's script endpoint (one answering JSON, such as the scanner's frame decoder)
	 * gets problem+json, like the API; a page gets the error page.
	 */
	@ExceptionHandler(HealthCodeException.class)
	Object problemPage(HealthCodeException ex, HandlerMethod handler) {
		if (handler.hasMethodAnnotation(ResponseBody.class)) {
			return ResponseEntity.status(ex.status())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(ex, this.messages, LocaleContextHolder.getLocale()));
		}
		return problemPage(ex);
	}

	private static ModelAndView problemPage(HealthCodeException ex) {
		Object[] args = ex.messageArgs();
		return new ModelAndView("error", Map.of("status", ex.status().value(), "messageKey", ex.messageKey(),
				"messageArg", args.length > 0 ? args[0] : ""), ex.status());
	}

	/**
	 * The database is away: a page that says so and to try again shortly (503), not a
	 * 500. Other database failures go on to the generic handling.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	Object databaseProblem(RuntimeException ex, HandlerMethod handler) {
		if (!DatabaseFailures.isUnavailable(ex)) {
			throw ex;
		}
		return problemPage(DatabaseFailures.unavailable(), handler);
	}

}
