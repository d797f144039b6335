package org.healthcode.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;

/**
 * Reads of several modules sent to PostgreSQL together, as one multi-statement request:
 * the driver sends every statement and then waits once, so the reads cost one network
 * round trip instead of one each. Each module keeps its own SQL and mapping in its
 * {@link Read}; only the trip is shared. Made for the health code (the person's status,
 * latest test and doses are shown together), where the round trips, not the statements,
 * were most of the cost (bench/RESULTS.md).
 */
@Component
public class ReadsInOneTrip {

	private final JdbcTemplate jdbc;

	public ReadsInOneTrip(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One query with named parameters (no trailing semicolon), and how its rows become
	 * the answer.
	 */
	public record Read<T>(String sql, Map<String, ?> params, ResultSetExtractor<T> answer) {

		/**
		 * A query of at most one row, read as {@code JdbcClient}'s {@code optional()}
		 * reads it.
		 */
		public static <T> Read<Optional<T>> optional(String sql, Map<String, ?> params, RowMapper<T> row) {
			return list(sql, params, row).<Optional<T>>map(DataAccessUtils::optionalResult);
		}

		/** A query of any number of rows, each mapped by {@code row}. */
		public static <T> Read<List<T>> list(String sql, Map<String, ?> params, RowMapper<T> row) {
			return new Read<>(sql, params, new RowMapperResultSetExtractor<>(row));
		}

		/** The same query with its answer changed by {@code then}. */
		public <U> Read<U> map(Function<? super T, ? extends U> then) {
			return new Read<>(this.sql, this.params, rs -> then.apply(this.answer.extractData(rs)));
		}

	}

	/** The answers of the reads, each found by its read. */
	public static final class Answers {

		private final Map<Read<?>, Object> byRead = new IdentityHashMap<>();

		@SuppressWarnings("unchecked")
		public <T> T of(Read<T> read) {
			if (!this.byRead.containsKey(read)) {
				throw new IllegalArgumentException("not one of the reads");
			}
			return (T) this.byRead.get(read);
		}

	}

	public Answers read(List<Read<?>> reads) {
		StringBuilder sql = new StringBuilder();
		List<Object> values = new ArrayList<>();
		for (Read<?> read : reads) {
			ParsedSql parsed = NamedParameterUtils.parseSqlStatement(read.sql());
			MapSqlParameterSource params = new MapSqlParameterSource(read.params());
			sql.append(sql.isEmpty() ? "" : ";\n")
				.append(NamedParameterUtils.substituteNamedParameters(parsed, params));
			values.addAll(Arrays.asList(NamedParameterUtils.buildValueArray(parsed, params, null)));
		}
		return this.jdbc.execute(sql.toString(), (PreparedStatement statement) -> {
			new ArgumentPreparedStatementSetter(values.toArray()).setValues(statement);
			Answers answers = new Answers();
			boolean rows = statement.execute();
			for (Read<?> read : reads) {
				if (!rows) {
					throw new IncorrectResultSizeDataAccessException("a read without rows", reads.size());
				}
				try (ResultSet result = statement.getResultSet()) {
					answers.byRead.put(read, read.answer().extractData(result));
				}
				rows = statement.getMoreResults();
			}
			return answers;
		});
	}

}
