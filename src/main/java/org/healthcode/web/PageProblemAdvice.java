package org.healthcode.web;

import java.util.Map;

import org.healthcode.support.DatabaseFailures;
import org.healthcode.support.HealthCodeException;

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

	@ExceptionHandler(HealthCodeException.class)
	ModelAndView problemPage(HealthCodeException ex) {
		Object[] args = ex.messageArgs();
		return new ModelAndView("error", Map.of("status", ex.status().value(), "messageKey", ex.messageKey(),
				"messageArg", args.length > 0 ? args[0] : ""), ex.status());
	}

	/**
	 * The database is away: a page that says so and to try again shortly (503), not a
	 * 500. Other database failures go on to the generic handling.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView databaseProblem(RuntimeException ex) {
		if (!DatabaseFailures.isUnavailable(ex)) {
			throw ex;
		}
		return problemPage(DatabaseFailures.unavailable());
	}

}
