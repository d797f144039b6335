package org.healthcode.checkin;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Benchmark of the tracing contact query ({@code bench/tracing.sh}; not part of the test
 * suite). Starts an embedded PostgreSQL, applies the application's migrations, generates
 * check-ins in the database with {@code generate_series} into the day partitions, adds 20
 * cases with 30 check-ins each over the last 14 days, then times what the application
 * runs for a case: its check-ins ({@link ContactQueryRepository#ofPersons}) and the
 * contact join ({@link ContactQueryRepository#contacts}) — the same code, not a copy —
 * against the same answer computed with index scans switched off.
 */
public final class ContactQueryBenchmark {

	/**
	 * Contact windows of the six venue categories; a venue's category is taken as
	 * {@code venue_id % 6}.
	 */
	private static final int[] WINDOWS = { 60, 120, 30, 120, 60, 60 };

	public static void main(String[] args) throws Exception {
		long rows = Long.parseLong(arg(args, 0, "20000000"));
		int venues = Integer.parseInt(arg(args, 1, "50000"));
		int persons = Integer.parseInt(arg(args, 2, "2000000"));
		int days = 28;
		int cases = 20;
		int visitsPerCase = 30;
		int rounds = 5;
		int seqScanCases = Integer.parseInt(arg(args, 3, "5"));

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of("target", "bench-postgres"))
			.setCleanDataDirectory(true)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("timezone", "UTC")
			.setServerConfig("shared_buffers", "2GB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("max_wal_size", "16GB")
			.setServerConfig("checkpoint_timeout", "30min")
			// a throw-away benchmark database: durability is not what is measured
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.setServerConfig("full_page_writes", "off")
			.start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			LocalDate today = LocalDate.now(ZoneOffset.UTC);
			LocalDate first = today.minusDays(days - 1);
			CheckInPartitions partitions = new CheckInPartitions(jdbc);
			partitions.ensure(first, today.plusDays(1));

			long started = System.nanoTime();
			generate(dataSource, jdbc, rows, venues, persons, first, days);
			long caseBase = persons + 1_000_000L;
			Instant now = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(3600);
			addCases(jdbc, caseBase, cases, visitsPerCase, venues, now);
			System.out.printf("indexes: %s%n", time(() -> {
				jdbc.sql("alter table checkin add primary key (venue_id, at, id)").update();
				jdbc.sql("create index checkin_by_person on checkin (person_id, at)").update();
			}));
			System.out.printf("analyze: %s%n", time(() -> jdbc.sql("analyze checkin").update()));
			long total = jdbc.sql("select count(*) from checkin").query(Long.class).single();
			System.out.printf("data ready: %,d check-ins over %d days, %,d venues, %,d persons, in %.0f s%n", total,
					days, venues, persons, (System.nanoTime() - started) / 1e9);

			// one open connection, as the application's pool gives it: connecting is not
			// what is timed
			Connection open = dataSource.getConnection();
			ContactQueryRepository indexed = new ContactQueryRepository(
					JdbcClient.create(new SingleConnectionDataSource(open, true)));
			Instant from = now.minus(Duration.ofDays(14));
			List<Double> millis = new ArrayList<>();
			List<Double> contactOnly = new ArrayList<>();
			List<Integer> found = new ArrayList<>();
			for (int round = 0; round <= rounds; round++) {
				for (int c = 0; c < cases; c++) {
					long person = caseBase + c;
					long t0 = System.nanoTime();
					List<CheckIn> visits = indexed.ofPersons(List.of(person), from, now, 5001);
					long t1 = System.nanoTime();
					List<ContactMatch> matches = indexed.contacts(probes(visits), List.of(person), 5001);
					long t2 = System.nanoTime();
					if (round == 0) {
						found.add(matches.size()); // warm-up round, not timed
						continue;
					}
					millis.add((t2 - t0) / 1e6);
					contactOnly.add((t2 - t1) / 1e6);
				}
			}
			System.out.printf("contacts found per case: min %d, median %d, max %d%n", Collections.min(found),
					percentile(found.stream().map(Integer::doubleValue).toList(), 50).intValue(),
					Collections.max(found));
			System.out.printf("indexed, case check-ins + contact join (%d runs): median %.2f ms, p99 %.2f ms%n",
					millis.size(), percentile(millis, 50), percentile(millis, 99));
			System.out.printf("indexed, contact join alone: median %.2f ms, p99 %.2f ms%n", percentile(contactOnly, 50),
					percentile(contactOnly, 99));

			List<Double> seq = new ArrayList<>();
			try (Connection connection = dataSource.getConnection()) {
				SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
				JdbcClient scanning = JdbcClient.create(single);
				scanning.sql("set enable_indexscan = off").update();
				scanning.sql("set enable_bitmapscan = off").update();
				scanning.sql("set enable_indexonlyscan = off").update();
				ContactQueryRepository sequential = new ContactQueryRepository(scanning);
				for (int c = 0; c < seqScanCases; c++) {
					long person = caseBase + c;
					List<CheckIn> visits = indexed.ofPersons(List.of(person), from, now, 5001);
					List<ContactMatch> expected = indexed.contacts(probes(visits), List.of(person), 5001);
					long t0 = System.nanoTime();
					List<CheckIn> scannedVisits = sequential.ofPersons(List.of(person), from, now, 5001);
					List<ContactMatch> scanned = sequential.contacts(probes(scannedVisits), List.of(person), 5001);
					seq.add((System.nanoTime() - t0) / 1e6);
					if (!scanned.equals(expected)) {
						throw new IllegalStateException("The sequential scan gave another answer for case " + c);
					}
				}
				String plan = String.join("\n",
						scanning
							.sql("explain " + ContactQueryRepository.CONTACTS_SQL
								.replace(":venues::bigint[]", "'{1}'::bigint[]")
								.replace(":ats::timestamptz[]", "array[now()]")
								.replace(":minutes::int[]", "'{60}'::int[]")
								.replace(":lo", "now() - interval '1 day'")
								.replace(":hi", "now()")
								.replace(":excluded::bigint[]", "'{0}'::bigint[]")
								.replace(":limit", "5001"))
							.query(String.class)
							.list()
							.subList(0, 4));
				System.out.printf("sequential-scan plan (head):%n%s%n", plan);
			}
			double seqMedian = percentile(seq, 50);
			double indexMedian = percentile(millis, 50);
			System.out.printf("sequential scan, same answer (%d cases): median %.0f ms%n", seq.size(), seqMedian);
			System.out.printf("ratio sequential / indexed (medians): %.0fx%n", seqMedian / indexMedian);
			System.out.printf("target median < 50 ms: %s%n", indexMedian < 50 ? "MET" : "NOT MET");
			open.close();
		}
	}

	private static List<ContactProbe> probes(List<CheckIn> visits) {
		return visits.stream()
			.map(visit -> new ContactProbe(visit.venueId(), visit.at(),
					WINDOWS[(int) (visit.venueId() % WINDOWS.length)]))
			.toList();
	}

	/**
	 * One statement per day straight into that day's partition, two at a time (the
	 * machine has two cores).
	 */
	private static void generate(DataSource dataSource, JdbcClient jdbc, long rows, int venues, int persons,
			LocalDate first, int days) throws Exception {
		jdbc.sql("alter table checkin drop constraint checkin_pkey").update();
		jdbc.sql("drop index checkin_by_person").update();
		long perDay = (rows + days - 1) / days;
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> work = new ArrayList<>();
		for (int d = 0; d < days; d++) {
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
		System.out.printf("generated %,d rows in %.0f s%n", perDay * days, (System.nanoTime() - t0) / 1e9);
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

	private static Double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static String time(Runnable step) {
		long t0 = System.nanoTime();
		step.run();
		return String.format("%.0f s", (System.nanoTime() - t0) / 1e9);
	}

	private static String arg(String[] args, int index, String fallback) {
		return args.length > index ? args[index] : fallback;
	}

	private ContactQueryBenchmark() {
	}

}
