package org.healthcode.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Check-in throughput: the application on embedded PostgreSQL, seeded with residents and
 * venues, driven over HTTP by wrk posting {@code /api/v1/checkins}; then pgbench
 * inserting the same row shape, one row per transaction, into the same database. Prints
 * both and their ratio. Run through {@code bench/checkin.sh}; loopback only, bounded in
 * time.
 */
public final class CheckInBenchmark {

	private CheckInBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MachineFacts.print();
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
		int residents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		int venues = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
		// long enough for the JIT to finish compiling the hot path on two cores (it still
		// took ~18 % of the CPU after 20 s)
		int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 60;
		int port = 15432;
		Path work = Path.of("target", "bench-checkin");
		Files.createDirectories(work);

		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), port)) {
			Seed seed;
			Result app;
			String appCpu;
			String appStatements;
			try (ConfigurableApplicationContext context = startApp(postgres, work, concurrency)) {
				int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
				long seedStart = System.nanoTime();
				seed = BenchmarkSeeder.seed(context, residents, venues);
				System.out.printf(Locale.ROOT, "seeded %d residents and %d venues in %.1f s%n", residents, venues,
						(System.nanoTime() - seedStart) / 1e9);
				Path residentTokens = work.resolve("resident-tokens.txt");
				Path venueTokens = work.resolve("venue-tokens.txt");
				Files.write(residentTokens, Arrays.asList(seed.accessTokens()));
				Files.write(venueTokens, Arrays.asList(seed.venueTokens()));
				Path script = Path.of("bench", "checkin.lua");
				System.out.println("-- warm-up (" + warmUp + " s) --");
				Wrk.run(httpPort, concurrency, warmUp, residentTokens, venueTokens, script);
				System.out.println("-- measured (" + seconds + " s) --");
				JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
				jdbc.sql("create extension if not exists pg_stat_statements").update();
				settle(jdbc);
				StatementProfile.reset(jdbc);
				CpuShares cpu = CpuShares.start();
				app = Wrk.run(httpPort, concurrency, seconds, residentTokens, venueTokens, script);
				appCpu = cpu.summary();
				appStatements = StatementProfile.top(jdbc, 10);
			}
			settle(JdbcClient.create(postgres.getPostgresDatabase()));
			CpuShares cpu = CpuShares.start();
			double pgbench = Pgbench.insertTps(port, concurrency, seconds, residents, venues, work);
			String pgbenchCpu = cpu.summary();
			System.out.println();
			System.out.println("== check-in benchmark ==");
			System.out.printf(Locale.ROOT,
					"app      : %.0f check-ins/s (%d requests, %d errors) p50 %.1f ms, p99 %.1f ms, "
							+ "concurrency %d, %d s%n",
					app.perSecond(), app.count(), app.errors(), app.p50(), app.p99(), concurrency, seconds);
			System.out.printf(Locale.ROOT, "app cpu  : %s (%% of one core; %d cores)%n", appCpu,
					Runtime.getRuntime().availableProcessors());
			System.out.println("app sql  : PostgreSQL's time per statement during the measured run");
			System.out.println(appStatements);
			System.out.printf(Locale.ROOT, "pgbench  : %.0f single-row INSERT transactions/s (same table, c=%d)%n",
					pgbench, concurrency);
			System.out.printf(Locale.ROOT, "pgbench cpu: %s%n", pgbenchCpu);
			System.out.printf(Locale.ROOT, "ratio    : %.2f (app check-ins/s / pgbench inserts/s)%n",
					app.perSecond() / pgbench);
		}
	}

	/**
	 * Both measured phases start from a settled database: statistics fresh, no vacuum or
	 * checkpoint owed for the rows written before (the seed, the warm-up, the app's run).
	 */
	static void settle(JdbcClient jdbc) {
		jdbc.sql("vacuum analyze").update();
		jdbc.sql("checkpoint").update();
	}

	static ConfigurableApplicationContext startApp(EmbeddedPostgres postgres, Path work, int concurrency,
			String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres")
						+ System.getProperty("bench.jdbcParams", ""),
				"--spring.datasource.username=postgres", "--healthcode.data-dir=" + work,
				"--server.tomcat.threads.max=" + Math.max(128, concurrency + 16),
				"--logging.level.healthcode.request=WARN", "--logging.level.org.healthcode=WARN",
				"--healthcode.staff.demo-official-password=bench-official",
				"--healthcode.staff.demo-admin-password=bench-admin"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(HealthCodeApplication.class).run(args.toArray(String[]::new));
	}

	record Seed(String[] accessTokens, String[] venueTokens) {
	}

	record Result(long count, long errors, double perSecond, double p50, double p99) {
	}

}
