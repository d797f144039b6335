package org.healthcode.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Health-code reads against a static file of the same server (issue 18): the application
 * on embedded PostgreSQL with many residents, driven by wrk with
 * {@code GET /api/v1/me/health-code} of random signed-in residents, then with
 * {@code GET /css/app.css}; prints both, their ratio and where the CPU went. Run through
 * {@code bench/health-code.sh}; loopback only, bounded in time.
 */
public final class HealthCodeBenchmark {

	private static final String STATIC_FILE = "/css/app.css";

	private HealthCodeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MachineFacts.print();
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
		int residents = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
		int signedIn = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;
		int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 60;
		Path work = Path.of("target", "bench-health-code");
		Files.createDirectories(work);

		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), 15433);
				ConfigurableApplicationContext context = CheckInBenchmark.startApp(postgres, work, concurrency)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			long seedStart = System.nanoTime();
			CheckInBenchmark.Seed seed = BenchmarkSeeder.seed(context, residents, 10, signedIn);
			System.out.printf(Locale.ROOT, "seeded %d residents (%d signed in) in %.1f s%n", residents, signedIn,
					(System.nanoTime() - seedStart) / 1e9);
			Path tokens = work.resolve("resident-tokens.txt");
			Files.write(tokens, Arrays.asList(seed.accessTokens()));
			Path script = Path.of("bench", "health-code.lua");
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());

			System.out.println("-- warm-up (" + warmUp + " s: health code, then the static file) --");
			Wrk.run(port, "/api/v1/me/health-code", concurrency, warmUp, script, tokens.toString());
			Wrk.run(port, STATIC_FILE, concurrency, Math.max(5, warmUp / 4), null);

			CheckInBenchmark.settle(jdbc);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			System.out.println("-- measured: health code (" + seconds + " s) --");
			StatementProfile.reset(jdbc);
			CpuShares cpu = CpuShares.start();
			CheckInBenchmark.Result codes = Wrk.run(port, "/api/v1/me/health-code", concurrency, seconds, script,
					tokens.toString());
			String codesCpu = cpu.summary();
			long statements = StatementProfile.calls(jdbc);
			String profile = StatementProfile.top(jdbc, 8);
			System.out.println("-- measured: static file (" + seconds + " s) --");
			cpu = CpuShares.start();
			CheckInBenchmark.Result file = Wrk.run(port, STATIC_FILE, concurrency, seconds, null);
			String fileCpu = cpu.summary();

			System.out.println();
			System.out.println("== health-code benchmark ==");
			print("health code", codes, concurrency, seconds);
			System.out.println("  cpu       : " + codesCpu);
			System.out.printf(Locale.ROOT, "  sql       : %.2f statements per health code%n",
					statements / (double) codes.count());
			System.out.println(profile);
			print("static file", file, concurrency, seconds);
			System.out.println("  cpu       : " + fileCpu);
			System.out.printf(Locale.ROOT, "ratio      : %.2f (health codes/s / static file/s; target >= 0.5)%n",
					codes.perSecond() / file.perSecond());
			// the p99 target beside the static file's own p99 at the same concurrency:
			// how much of the tail is the machine scheduling the connections on its cores
			System.out.printf(Locale.ROOT,
					"p99        : %.1f ms, %.2fx the 50 ms target (the static file's own p99: %.1f ms, %.2fx)%n",
					codes.p99(), codes.p99() / 50, file.p99(), file.p99() / 50);
		}
	}

	private static void print(String what, CheckInBenchmark.Result result, int concurrency, int seconds) {
		System.out.printf(Locale.ROOT, "%-11s: %.0f/s (%d requests, %d errors) p50 %.1f ms, p99 %.1f ms, c=%d, %d s%n",
				what, result.perSecond(), result.count(), result.errors(), result.p50(), result.p99(), concurrency,
				seconds);
	}

}
