package org.healthcode.checkin;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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
		int cases = 20;
		int visitsPerCase = 30;
		int rounds = 5;
		int seqScanCases = Integer.parseInt(arg(args, 3, "5"));

		try (EmbeddedPostgres postgres = ContactBenchData.server(Path.of("target", "bench-postgres"), true).start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			ContactBenchData.migrate(dataSource);
			long started = System.nanoTime();
			long caseBase = persons + 1_000_000L;
			Instant now = ContactBenchData.casesEnd();
			long total = ContactBenchData.build(dataSource, rows, venues, persons, caseBase, cases, visitsPerCase);
			System.out.printf("data ready: %,d check-ins over %d days, %,d venues, %,d persons, in %.0f s%n", total,
					ContactBenchData.DAYS, venues, persons, (System.nanoTime() - started) / 1e9);

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

	private static Double percentile(List<Double> values, int percent) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

	private static String arg(String[] args, int index, String fallback) {
		return args.length > index ? args[index] : fallback;
	}

	private ContactQueryBenchmark() {
	}

}
