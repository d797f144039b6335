package org.healthcode.support.database;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import org.healthcode.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded pool is bound like an external one (the timeouts of
 * {@code spring.datasource.hikari.*} hold for the default run too), and partition
 * maintenance run by many connections at once never fails.
 */
@IntegrationTest
class EmbeddedPoolIntegrationTests {

	@Autowired
	HikariDataSource pool;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEmbeddedPoolHasTheTimeoutsOfEveryConnection() {
		assertThat(this.pool.getConnectionTimeout()).isEqualTo(3000);
		assertThat(this.pool.getKeepaliveTime()).isEqualTo(60000);
		assertThat(this.pool.getDataSourceProperties()).containsEntry("socketTimeout", "60");
		assertThat(this.jdbc.sql("select current_setting('statement_timeout')").query(String.class).single())
			.isEqualTo("30s");
		assertThat(this.jdbc.sql("select current_setting('idle_in_transaction_session_timeout')")
			.query(String.class)
			.single()).isEqualTo("1min");
	}

	@Test
	void eightConnectionsMakingAndDroppingTheSameDayAtOnceNeverFail() {
		// a day long before any kept check-in: dropping "everything before the next day"
		// must leave the partitions of today and the days ahead to the other tests
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(400);

		List<Boolean> made = together(8,
				() -> this.jdbc.sql("select checkin_ensure_partition(:day)")
					.param("day", day)
					.query(Boolean.class)
					.single());
		List<Integer> dropped = together(8,
				() -> this.jdbc.sql("select count(*) from checkin_drop_partitions_before(:day)")
					.param("day", day.plusDays(1))
					.query(Integer.class)
					.single());

		assertThat(made).containsOnlyOnce(true).hasSize(8);
		assertThat(dropped.stream().mapToInt(Integer::intValue).sum()).as("days dropped over all runs")
			.isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select to_regclass(:name) is null")
			.param("name", "checkin_p" + day.toString().replace("-", ""))
			.query(Boolean.class)
			.single()).isTrue();
	}

	private static <T> List<T> together(int times, Supplier<T> call) {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(times);
		try {
			List<CompletableFuture<T>> calls = java.util.stream.IntStream.range(0, times)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> {
					try {
						go.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return call.get();
				}, threads))
				.toList();
			go.countDown();
			return calls.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdown();
		}
	}

}
