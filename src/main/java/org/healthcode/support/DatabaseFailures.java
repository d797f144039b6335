package org.healthcode.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a database that is away (down, unreachable, restarting, out of connections,
 * statement cancelled by its timeout) from a failure of the request itself. The former
 * answers 503 {@code DATABASE_UNAVAILABLE} with {@code Retry-After}: the client should
 * simply try again shortly; it is never a 500.
 */
public final class DatabaseFailures {

	/** How long clients are asked to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private DatabaseFailures() {
	}

	/** True if {@code failure} (or a cause of it) says the database is not reachable. */
	public static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof RecoverableDataAccessException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof TransactionSystemException) {
				return true;
			}
			if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
					|| (cause instanceof SQLException sql && unavailableState(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	/** The problem clients get while the database is away. */
	public static HealthCodeException unavailable() {
		return new HealthCodeException("DATABASE_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE).retryAfter(RETRY_AFTER);
	}

	/**
	 * SQLSTATE classes of an unusable connection: 08 connection exception, 53 out of
	 * resources, 57P01-57P05 server shut down, cannot connect now, idle-session timeout,
	 * 57014 statement cancelled (statement timeout), 40001/40P01 are left to the caller.
	 */
	private static boolean unavailableState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
				|| state.equals("57014"));
	}

}
