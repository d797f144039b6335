package org.healthcode.support;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database is away, try again shortly" (503) and which are the
 * request's own problem.
 */
class DatabaseFailuresTests {

	@Test
	void aDatabaseThatCannotBeReachedOrAnswersTooLateIsUnavailable() {
		assertThat(DatabaseFailures.isUnavailable(
				new CannotGetJdbcConnectionException("pool", new SQLTransientConnectionException("timed out"))))
			.isTrue();
		assertThat(DatabaseFailures.isUnavailable(new CannotCreateTransactionException("no connection"))).isTrue();
		assertThat(DatabaseFailures.isUnavailable(sql("08006"))).as("connection failure").isTrue();
		assertThat(DatabaseFailures.isUnavailable(sql("57P01"))).as("server shutting down").isTrue();
		assertThat(DatabaseFailures.isUnavailable(sql("57014"))).as("statement timeout").isTrue();
		assertThat(DatabaseFailures.isUnavailable(sql("53300"))).as("too many connections").isTrue();
	}

	@Test
	void aFailureOfTheStatementItselfIsNot() {
		assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("duplicate"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(sql("23505"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseFailures.isUnavailable(null)).isFalse();
	}

	@Test
	void clientsAreToldToComeBackShortly() {
		HealthCodeException problem = DatabaseFailures.unavailable();

		assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(problem.code()).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(problem.retryAfter()).isEqualTo(DatabaseFailures.RETRY_AFTER);
	}

	private static UncategorizedSQLException sql(String state) {
		return new UncategorizedSQLException("statement", "select 1", new SQLException("failed", state));
	}

}
