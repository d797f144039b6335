package org.healthcode.bench;

import java.io.IOException;
import java.net.ServerSocket;
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
 * after 25 untimed rounds. Cold data: PostgreSQL stopped, the OS page cache dropped,
 * PostgreSQL started again under the running application, the first round timed. Cold
 * all: the application context closed as well and started anew (in the same JVM, so
 * classes already compiled stay compiled). Audit rows are counted.
 */
public final class ContactsApiBenchmark {

	private static final String PASSWORD = "bench-official";

	private static final int CASES = 20;

	private static final int VISITS = 30;

	/**
	 * Untimed rounds first: enough requests (500) for the JIT to compile the request
	 * path; with 5 the first size ran in a less compiled JVM than the second (15 vs 10 ms
	 * of CPU per search).
	 */
	private static final int WARM_UP_ROUNDS = 25;

	private static final int PROFILED_ROUNDS = 5;

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
			System.out.printf(Locale.ROOT, "%,d check-ins (contacts per case: median %d):%n", result.rows(),
					result.contactsMedian());
			print("warm", result.warm());
			print("cold data (PostgreSQL restarted, page cache dropped, app warm), first round", result.coldData());
			print("cold all (app and PostgreSQL restarted, page cache dropped), first round", result.coldAll());
		}
		growth("warm", first.warm(), second.warm(), first.rows(), second.rows());
		growth("cold data", first.coldData(), second.coldData(), first.rows(), second.rows());
		growth("cold all", first.coldAll(), second.coldAll(), first.rows(), second.rows());
		System.out.printf(Locale.ROOT,
				"growth of the work per search (JVM CPU + PostgreSQL time, load-independent): %.2f -> %.2f ms = %.2fx%n",
				first.work(), second.work(), second.work() / first.work());
		MachineFacts.printLoad();
	}

	private static Result run(long rows, int rounds, int venues, int persons) throws Exception {
		System.out.printf(Locale.ROOT, "-- %,d check-ins --%n", rows);
		Path work = Path.of("target", "bench-contacts-api");
		Path data = work.resolve("postgres");
		delete(data);
		Files.createDirectories(work);
		int dbPort = freePort();
		long caseBase = persons + 1_000_000L;
		Instant to = ContactBenchData.casesEnd();
		Instant from = to.minus(Duration.ofDays(14));
		Cases cases = null;
		long total;
		Stats warm;
		Stats coldData;
		double workPerSearch;
		List<Integer> contacts = new ArrayList<>();
		EmbeddedPostgres postgres = server(data, dbPort).start();
		ConfigurableApplicationContext app = null;
		try {
			ContactBenchData.migrate(postgres.getPostgresDatabase());
			long t0 = System.nanoTime();
			total = ContactBenchData.build(postgres.getPostgresDatabase(), rows, venues, persons, caseBase, CASES,
					VISITS);
			app = CheckInBenchmark.startApp(postgres, work, 4);
			String[] idNumbers = ContactsApiSeeder.seed(app, persons, venues, caseBase, CASES);
			System.out.printf(Locale.ROOT, "data ready: %,d check-ins, %,d venues, %,d persons in %.0f s%n", total,
					venues, persons, (System.nanoTime() - t0) / 1e9);
			ContactsApiClient client = new ContactsApiClient(port(app));
			client.logIn(PASSWORD);
			cases = new Cases(client, idNumbers, from, to);
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			long audited = audited(jdbc);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			MachineFacts.printLoad();
			for (int round = 1 - WARM_UP_ROUNDS; round <= 0; round++) {
				contacts = cases.round().contacts();
			}
			StatementProfile.reset(jdbc);
			List<Double> millis = new ArrayList<>();
			long cpu0 = MachineFacts.processCpuNanos();
			for (int round = 0; round < rounds; round++) {
				millis.addAll(cases.round().millis());
			}
			double cpuPerSearch = (MachineFacts.processCpuNanos() - cpu0) / 1e6 / millis.size();
			warm = Stats.of(millis);
			print("warm (" + millis.size() + " requests)", warm);
			double sqlPerSearch = StatementProfile.totalMillis(jdbc) / millis.size();
			workPerSearch = cpuPerSearch + sqlPerSearch;
			System.out.printf(Locale.ROOT,
					"  work per search: JVM CPU (app + client) %.2f ms + PostgreSQL time %.2f ms = %.2f ms%n",
					cpuPerSearch, sqlPerSearch, workPerSearch);
			System.out.println("sql during the warm rounds (PostgreSQL's time per statement):");
			System.out.println(StatementProfile.top(jdbc, 14));
			long searches = (long) (rounds + WARM_UP_ROUNDS) * CASES;
			long written = audited(jdbc) - audited;
			System.out.printf(Locale.ROOT, "audit: %d CONTACTS_QUERIED rows for %d searches (%s)%n", written, searches,
					written == searches ? "each search audited" : "MISMATCH");
			// after the timed rounds, so the sampling does not slow what was timed
			ThreadSampler sampler = ThreadSampler.start();
			for (int round = 0; round < PROFILED_ROUNDS; round++) {
				cases.round();
			}
			System.out.printf("profile of %d more searches:%n%s%n", PROFILED_ROUNDS * CASES, sampler.stop(12));

			postgres.close();
			System.out.println("cold data: PostgreSQL stopped, app running; " + dropPageCache());
			postgres = server(data, dbPort).start();
			JdbcClient restarted = JdbcClient.create(postgres.getPostgresDatabase());
			StatementProfile.reset(restarted);
			coldData = Stats.of(cases.round().millis());
			print("cold data, first round", coldData);
			System.out.println("sql during the cold round (PostgreSQL's time per statement):");
			System.out.println(StatementProfile.top(restarted, 9));
		}
		finally {
			if (app != null) {
				app.close();
			}
			postgres.close();
		}
		Stats coldAll;
		System.out.println("cold all: app and PostgreSQL stopped; " + dropPageCache());
		try (EmbeddedPostgres restarted = server(data, dbPort).start();
				ConfigurableApplicationContext again = CheckInBenchmark.startApp(restarted, work, 4)) {
			ContactsApiClient client = new ContactsApiClient(port(again));
			System.out.printf(Locale.ROOT, "cold all: official login %.1f ms (not counted)%n", client.logIn(PASSWORD));
			coldAll = Stats.of(new Cases(client, cases.idNumbers(), from, to).round().millis());
			print("cold all, first round", coldAll);
		}
		delete(data);
		Collections.sort(contacts);
		return new Result(total, warm, coldData, coldAll, workPerSearch, contacts.get(contacts.size() / 2));
	}

	private static void print(String what, Stats stats) {
		System.out.printf(Locale.ROOT,
				"  %s: median %.2f ms (%.2fx the 20 ms target), p99 %.2f ms (%.2fx the 100 ms target), "
						+ "first %.1f ms, max %.1f ms%n",
				what, stats.median(), stats.median() / 20, stats.p99(), stats.p99() / 100, stats.first(), stats.max());
	}

	private static void growth(String what, Stats small, Stats large, long smallRows, long largeRows) {
		double growth = large.median() / small.median();
		System.out.printf(Locale.ROOT, "growth of the %s median %,d -> %,d rows: %.2fx (target <= 1.5x: %s)%n", what,
				smallRows, largeRows, growth, growth <= 1.5 ? "MET" : "NOT MET");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** As the SQL benchmark's server, with per-statement figures for the profile. */
	private static EmbeddedPostgres.Builder server(Path data, int port) {
		return ContactBenchData.server(data, false)
			.setPort(port)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track_planning", "on");
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

	record Stats(double median, double p99, double max, double first) {

		static Stats of(List<Double> values) {
			List<Double> sorted = new ArrayList<>(values);
			Collections.sort(sorted);
			return new Stats(rank(sorted, 50), rank(sorted, 99), sorted.get(sorted.size() - 1), values.get(0));
		}

		private static double rank(List<Double> sorted, int percent) {
			int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
			return sorted.get(Math.max(0, rank - 1));
		}

	}

	record Result(long rows, Stats warm, Stats coldData, Stats coldAll, double work, int contactsMedian) {
	}

	/** One round: each case searched once, in order. */
	record Cases(ContactsApiClient client, String[] idNumbers, Instant from, Instant to) {

		Round round() throws Exception {
			List<Double> millis = new ArrayList<>();
			List<Integer> contacts = new ArrayList<>();
			for (String idNumber : this.idNumbers) {
				ContactsApiClient.Timed timed = this.client.contacts(idNumber, this.from, this.to);
				millis.add(timed.millis());
				contacts.add(timed.contacts());
			}
			return new Round(millis, contacts);
		}

	}

	record Round(List<Double> millis, List<Integer> contacts) {
	}

}
