package org.healthcode.bench;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where PostgreSQL's time went during a measured run, per statement, from
 * {@code pg_stat_statements} (loaded by {@link BenchmarkDatabase}): calls, mean planning
 * and execution time, rows per call.
 */
final class StatementProfile {

	private StatementProfile() {
	}

	static void reset(JdbcClient jdbc) {
		jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();
	}

	/** Statements PostgreSQL ran since the reset (transaction control included). */
	static long calls(JdbcClient jdbc) {
		return jdbc
			.sql("select coalesce(sum(calls), 0) from pg_stat_statements where query not like '%pg_stat_statements%'")
			.query(Long.class)
			.single();
	}

	/**
	 * PostgreSQL's planning + execution time of all statements since the reset, in ms.
	 */
	static double totalMillis(JdbcClient jdbc) {
		return jdbc.sql("""
				select coalesce(sum(total_plan_time + total_exec_time), 0) from pg_stat_statements
				where query not like '%pg_stat_statements%'
				""").query(Double.class).single();
	}

	static String top(JdbcClient jdbc, int limit) {
		List<String> lines = jdbc.sql("""
				select calls, total_plan_time, total_exec_time, rows,
				       regexp_replace(left(query, 90), '\\s+', ' ', 'g') as query
				from pg_stat_statements
				where query not like '%pg_stat_statements%'
				order by total_plan_time + total_exec_time desc
				limit :limit
				""").param("limit", limit).query((rs, row) -> {
			long calls = rs.getLong("calls");
			return String.format(Locale.ROOT, "  %8d calls  plan %6.3f ms  exec %6.3f ms  %6.1f rows/call  %s", calls,
					rs.getDouble("total_plan_time") / calls, rs.getDouble("total_exec_time") / calls,
					(double) rs.getLong("rows") / calls, rs.getString("query"));
		}).list();
		return String.join(System.lineSeparator(), lines);
	}

}
