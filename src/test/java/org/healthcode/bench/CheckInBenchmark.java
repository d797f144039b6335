package org.healthcode.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Check-in throughput: the application on embedded PostgreSQL, seeded with residents and venues,
 * driven over HTTP by concurrent clients posting {@code /api/v1/checkins}; then pgbench inserting the
 * same row shape, one row per transaction, into the same database. Prints both and their ratio.
 * Run through {@code bench/checkin.sh}; loopback only, bounded in time.
 */
public final class CheckInBenchmark {

	private CheckInBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
		int residents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		int venues = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
		int port = 15432;
		Path work = Path.of("target", "bench-checkin");
		Files.createDirectories(work);

		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), port)) {
			Seed seed;
			Result app;
			try (ConfigurableApplicationContext context = startApp(postgres, work, concurrency)) {
				int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
				long seedStart = System.nanoTime();
				seed = BenchmarkSeeder.seed(context, residents, venues);
				System.out.printf(Locale.ROOT, "seeded %d residents and %d venues in %.1f s%n", residents, venues,
						(System.nanoTime() - seedStart) / 1e9);
				load(httpPort, seed, concurrency, 5, "warm-up");
				app = load(httpPort, seed, concurrency, seconds, "measured");
			}
			double pgbench = Pgbench.insertTps(port, concurrency, seconds, residents, venues, work);
			System.out.println();
			System.out.println("== check-in benchmark ==");
			System.out.printf(Locale.ROOT, "app      : %.0f check-ins/s (%d requests, %d errors) p50 %.1f ms, p99 %.1f ms, "
					+ "concurrency %d, %d s%n", app.perSecond(), app.count(), app.errors(), app.p50(), app.p99(), concurrency,
					seconds);
			System.out.printf(Locale.ROOT, "pgbench  : %.0f single-row INSERT transactions/s (same table, c=%d)%n", pgbench,
					concurrency);
			System.out.printf(Locale.ROOT, "ratio    : %.2f (app check-ins/s / pgbench inserts/s)%n", app.perSecond() / pgbench);
		}
	}

	private static ConfigurableApplicationContext startApp(EmbeddedPostgres postgres, Path work, int concurrency) {
		return new SpringApplicationBuilder(HealthCodeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=" + Math.min(concurrency, 32), "--healthcode.data-dir=" + work,
				"--server.tomcat.threads.max=" + Math.max(concurrency, 64), "--logging.level.healthcode.request=WARN",
				"--logging.level.org.healthcode=WARN", "--healthcode.staff.demo-official-password=bench-official",
				"--healthcode.staff.demo-admin-password=bench-admin");
	}

	private static Result load(int httpPort, Seed seed, int concurrency, int seconds, String phase) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
			.build();
		URI uri = URI.create("http://127.0.0.1:" + httpPort + "/api/v1/checkins");
		Instant end = Instant.now().plusSeconds(seconds);
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<long[]>> workers = new ArrayList<>();
		long start = System.nanoTime();
		for (int w = 0; w < concurrency; w++) {
			workers.add(pool.submit(() -> {
				long[] latencies = new long[1 << 16];
				int n = 0;
				ThreadLocalRandom random = ThreadLocalRandom.current();
				while (Instant.now().isBefore(end)) {
					String body = "{\"venueToken\":\"" + seed.venueTokens()[random.nextInt(seed.venueTokens().length)]
							+ "\",\"companionIds\":[],\"channel\":\"APP\"}";
					HttpRequest request = HttpRequest.newBuilder(uri)
						.header("Content-Type", "application/json")
						.header("Authorization", "Bearer " + seed.accessTokens()[random.nextInt(seed.accessTokens().length)])
						.timeout(Duration.ofSeconds(30))
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					long t0 = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 201 && response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (java.io.IOException ex) {
						errors.incrementAndGet();
					}
					if (n == latencies.length) {
						latencies = Arrays.copyOf(latencies, n * 2);
					}
					latencies[n++] = System.nanoTime() - t0;
				}
				return Arrays.copyOf(latencies, n);
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> worker : workers) {
			all.add(worker.get());
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		Result result = new Result(merged.length, errors.get(), merged.length / elapsed, percentile(merged, 0.50),
				percentile(merged, 0.99));
		System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s = %.0f/s, errors %d%n", phase, result.count(), elapsed,
				result.perSecond(), result.errors());
		return result;
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

	record Seed(String[] accessTokens, String[] venueTokens) {
	}

	record Result(long count, long errors, double perSecond, double p50, double p99) {
	}

}
