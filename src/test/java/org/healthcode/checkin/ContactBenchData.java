package org.healthcode.checkin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check-ins of the contact benchmarks ({@code bench/tracing.sh} measures the SQL,
 * {@code bench/contacts-api.sh} the API): generated in the database with
 * {@code generate_series} + {@code hashint8} straight into the day partitions of the last
 * {@link #DAYS} days, then the cases' own check-ins, then the two indexes. Venue ids run
 * from 1 to {@code venues}, person ids from 1 to {@code persons}; cases have the ids
 * {@code caseBase + c}.
 */
public final class ContactBenchData {

	public static final int DAYS = 28;

	private ContactBenchData() {
	}

	/**
	 * The server settings of both benchmarks: a throw-away database, durability is not
	 * what is measured. {@code clean} false keeps the data directory on close (so the
	 * server can be restarted on the same data).
	 */
	public static EmbeddedPostgres.Builder server(Path dataDirectory, boolean clean) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(clean)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("timezone", "UTC")
			.setServerConfig("shared_buffers", "2GB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("max_wal_size", "16GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off");
	}

	/**
	 * The application's migrations, the application role being the server's superuser (as
	 * {@code spring.flyway.placeholders.app_role} defaults to the datasource user).
	 */
	public static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(Map.of("app_role", "postgres"))
			.load()
			.migrate();
	}

	/** The first day of the generated period, {@link #DAYS} days up to today (UTC). */
	public static LocalDate firstDay() {
		return LocalDate.now(ZoneOffset.UTC).minusDays(DAYS - 1);
	}

	/** One hour before the end of today (UTC): the end of the cases' 14 days. */
	public static Instant casesEnd() {
		return LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(3600);
	}

	/**
	 * Everything: partitions, {@code rows} generated check-ins (rounded up to whole
	 * days), the cases' check-ins, indexes, {@code ANALYZE}. Returns the rows in
	 * {@code checkin}.
	 */
	public static long build(DataSource dataSource, long rows, int venues, int persons, long caseBase, int cases,
			int visitsPerCase) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		LocalDate first = firstDay();
		new CheckInPartitions(jdbc).ensure(first, LocalDate.now(ZoneOffset.UTC).plusDays(1));
		generate(dataSource, jdbc, rows, venues, persons, first);
		addCases(jdbc, caseBase, cases, visitsPerCase, venues, casesEnd());
		System.out.printf("indexes: %s%n", time(() -> {
			jdbc.sql("alter table checkin add primary key (venue_id, at, id)").update();
			jdbc.sql("create index checkin_by_person on checkin (person_id, at)").update();
		}));
		System.out.printf("analyze: %s%n", time(() -> jdbc.sql("analyze checkin").update()));
		return jdbc.sql("select count(*) from checkin").query(Long.class).single();
	}

	/**
	 * One statement per day straight into that day's partition, two at a time (the
	 * machine has two cores); the indexes are dropped first and built after.
	 */
	private static void generate(DataSource dataSource, JdbcClient jdbc, long rows, int venues, int persons,
			LocalDate first) throws Exception {
		jdbc.sql("alter table checkin drop constraint checkin_pkey").update();
		jdbc.sql("drop index checkin_by_person").update();
		long perDay = (rows + DAYS - 1) / DAYS;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> work = new ArrayList<>();
		for (int d = 0; d < DAYS; d++) {
			LocalDate day = first.plusDays(d);
			int seed = d;
			work.add(pool.submit(() -> JdbcClient.create(dataSource)
				.sql("""
						insert into %s (id, venue_id, at, person_id, made_by_account, as_companion, channel, color)
						select nextval('checkin_id_seq'),
						       1 + (hashint8(g * 7 + :seed) & 2147483647) %% :venues,
						       :day + (hashint8(g * 13 + :seed) & 2147483647) %% 86400000000 * interval '1 microsecond',
						       1 + (hashint8(g * 17 + :seed) & 2147483647) %% :persons,
						       0, false, 'WEB', 'GREEN'
						from generate_series(1::bigint, :n) as g
						""".formatted(CheckInPartitions.nameOf(day)))
				.param("seed", seed * 1_000_003L)
				.param("venues", venues)
				.param("persons", persons)
				.param("day", day.atStartOfDay().atOffset(ZoneOffset.UTC))
				.param("n", perDay)
				.update()));
		}
		long t0 = System.nanoTime();
		for (Future<?> future : work) {
			future.get();
		}
		pool.shutdown();
		System.out.printf("generated %,d rows in %.0f s%n", perDay * DAYS, (System.nanoTime() - t0) / 1e9);
	}

	/**
	 * Each case: 30 check-ins at random venues and times over the last 14 days, made on
	 * purpose.
	 */
	private static void addCases(JdbcClient jdbc, long caseBase, int cases, int visits, int venues, Instant now) {
		Random random = new Random(42);
		for (int c = 0; c < cases; c++) {
			for (int v = 0; v < visits; v++) {
				Instant at = now.minusSeconds((long) (random.nextDouble() * 14 * 86400));
				jdbc.sql("""
						insert into checkin (id, venue_id, at, person_id, made_by_account, as_companion, channel, color)
						values (nextval('checkin_id_seq'), :venue, :at, :person, 0, false, 'WEB', 'GREEN')
						""")
					.param("venue", 1 + random.nextInt(venues))
					.param("at", at.atOffset(ZoneOffset.UTC))
					.param("person", caseBase + c)
					.update();
			}
		}
	}

	public static String time(Runnable step) {
		long t0 = System.nanoTime();
		step.run();
		return String.format("%.0f s", (System.nanoTime() - t0) / 1e9);
	}

}
