package org.healthcode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.checkin.ContactBenchData;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Contact search through the API ({@code bench/contacts-api.sh}; not part of the test
 * suite): for each size, check-ins generated as {@code bench/tracing.sh} does
 * ({@link ContactBenchData}), persons and venues behind them ({@link ContactsApiSeeder}),
 * the application started on that database, the demo official logged in, then
 * {@code POST /api/v1/tracing/contacts} for 20 cases × rounds, timed by the client. Warm:
 * after one untimed round. Cold: application and PostgreSQL stopped, the OS page cache
 * dropped, both started again, the first round timed. Audit rows are counted.
 */
public final class ContactsApiBenchmark {

	private static final String PASSWORD = "bench-official";

	private static final int CASES = 20;

	private static final int VISITS = 30;

	private ContactsApiBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long small = Long.parseLong(arg(args, 0, "2000000"));
		long large = Long.parseLong(arg(args, 1, "20000000"));
		int rounds = Integer.parseInt(arg(args, 2, "10"));
		int venues = Integer.parseInt(arg(args, 3, "50000"));
		int persons = Integer.parseInt(arg(args, 4, "2000000"));
		MachineFacts.print();
		System.out.println("note: the app and this client share one JVM and the machine's cores with whatever"
				+ " else runs (see load average)");
		Result first = run(small, rounds, venues, persons);
		Result second = run(large, rounds, venues, persons);
		System.out.println();
		System.out.println("== contact search through the API ==");
		for (Result result : List.of(first, second)) {
			System.out.printf(Locale.ROOT,
					"%,12d check-ins: warm median %.2f ms (target < 20: %.2fx of it), p99 %.2f ms (target < 100: %.2fx);"
							+ " cold median %.2f ms (%.2fx), p99 %.2f ms (%.2fx), first request %.1f ms;"
							+ " contacts per case median %d%n",
					result.rows(), result.warm().median(), result.warm().median() / 20, result.warm().p99(),
					result.warm().p99() / 100, result.cold().median(), result.cold().median() / 20, result.cold().p99(),
					result.cold().p99() / 100, result.firstCold(), result.contactsMedian());
		}
		double growth = second.warm().median() / first.warm().median();
		System.out.printf(Locale.ROOT, "growth of the warm median %,d -> %,d rows: %.2fx (target <= 1.5x: %s)%n",
				first.rows(), second.rows(), growth, growth <= 1.5 ? "MET" : "NOT MET");
		System.out.printf(Locale.ROOT, "growth of the cold median: %.2fx%n",
				second.cold().median() / first.cold().median());
		MachineFacts.printLoad();
	}

	private static Result run(long rows, int rounds, int venues, int persons) throws Exception {
		System.out.printf(Locale.ROOT, "-- %,d check-ins --%n", rows);
		Path work = Path.of("target", "bench-contacts-api");
		Path data = work.resolve("postgres");
		delete(data);
		Files.createDirectories(work);
		long caseBase = persons + 1_000_000L;
		Instant to = ContactBenchData.casesEnd();
		Instant from = to.minus(Duration.ofDays(14));
		long total;
		String[] idNumbers;
		Stats warm;
		List<Integer> contacts = new ArrayList<>();
		try (EmbeddedPostgres postgres = ContactBenchData.server(data, false).start()) {
			ContactBenchData.migrate(postgres.getPostgresDatabase());
			long t0 = System.nanoTime();
			total = ContactBenchData.build(postgres.getPostgresDatabase(), rows, venues, persons, caseBase, CASES,
					VISITS);
			try (ConfigurableApplicationContext app = CheckInBenchmark.startApp(postgres, work, 4)) {
				idNumbers = ContactsApiSeeder.seed(app, persons, venues, caseBase, CASES);
				System.out.printf(Locale.ROOT, "data ready: %,d check-ins, %,d venues, %,d persons in %.0f s%n", total,
						venues, persons, (System.nanoTime() - t0) / 1e9);
				JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
				ContactsApiClient client = new ContactsApiClient(port(app));
				client.logIn(PASSWORD);
				long audited = audited(jdbc);
				List<Double> millis = new ArrayList<>();
				MachineFacts.printLoad();
				for (int round = 0; round <= rounds; round++) {
					for (int c = 0; c < CASES; c++) {
						ContactsApiClient.Timed timed = client.contacts(idNumbers[c], from, to);
						if (round == 0) {
							contacts.add(timed.contacts()); // warm-up round, not timed
						}
						else {
							millis.add(timed.millis());
						}
					}
				}
				long searches = (rounds + 1L) * CASES;
				long written = audited(jdbc) - audited;
				System.out.printf(Locale.ROOT, "audit: %d CONTACTS_QUERIED rows for %d searches (%s)%n", written,
						searches, written == searches ? "each search audited" : "MISMATCH");
				warm = Stats.of(millis);
				System.out.printf(Locale.ROOT, "warm (%d requests): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
						millis.size(), warm.median(), warm.p99(), warm.max());
			}
		}
		Stats cold;
		double firstCold;
		System.out.println("cold: app and PostgreSQL stopped; " + dropPageCache());
		try (EmbeddedPostgres postgres = ContactBenchData.server(data, false).start();
				ConfigurableApplicationContext app = CheckInBenchmark.startApp(postgres, work, 4)) {
			ContactsApiClient client = new ContactsApiClient(port(app));
			System.out.printf(Locale.ROOT, "cold: official login %.1f ms (not counted)%n", client.logIn(PASSWORD));
			List<Double> millis = new ArrayList<>();
			for (int c = 0; c < CASES; c++) {
				millis.add(client.contacts(idNumbers[c], from, to).millis());
			}
			firstCold = millis.get(0);
			cold = Stats.of(millis);
			System.out.printf(Locale.ROOT,
					"cold (first round, %d requests): median %.2f ms, p99 %.2f ms, first %.1f ms, later %s%n",
					millis.size(), cold.median(), cold.p99(), firstCold,
					millis.stream().skip(1).map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
		}
		delete(data);
		Collections.sort(contacts);
		return new Result(total, warm, cold, firstCold, contacts.get(contacts.size() / 2));
	}

	/**
	 * Drops the OS page cache (needs root; a container may refuse) and says whether it
	 * did, by the page cache size before and after.
	 */
	private static String dropPageCache() {
		long before = cachedKb();
		try {
			new ProcessBuilder("sync").inheritIO().start().waitFor();
			Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
			return String.format(Locale.ROOT, "OS page cache dropped (Cached %,d -> %,d kB)", before, cachedKb());
		}
		catch (IOException | InterruptedException ex) {
			return "OS page cache NOT dropped (" + ex.getClass().getSimpleName() + "); PostgreSQL restarted only";
		}
	}

	private static long cachedKb() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
			return lines.filter(line -> line.startsWith("Cached:"))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static long audited(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from audit_event where action = 'CONTACTS_QUERIED'")
			.query(Long.class)
			.single();
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static void delete(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	private static String arg(String[] args, int index, String fallback) {
		return args.length > index ? args[index] : fallback;
	}

	record Stats(double median, double p99, double max) {

		static Stats of(List<Double> values) {
			List<Double> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			return new Stats(rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1));
		}

		private static double rank(List<Double> sorted, int percent) {
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			return sorted.get(Math.max(0, rank - 1));
		}

	}

	record Result(long rows, Stats warm, Stats cold, double firstCold, int contactsMedian) {
	}

}
