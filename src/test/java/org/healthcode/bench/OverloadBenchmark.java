package org.healthcode.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Overload answered, not absorbed: the check-in API driven first within what the node can
 * register, then with eight times as many clients at once. Prints, per phase, how many
 * check-ins were accepted, how many were refused (503 {@code CHECKIN_BUSY} with
 * {@code Retry-After}), anything else, and the latency of the accepted and of the refused
 * answers. The point is the shape: under overload the accepted requests' p99 stays
 * bounded by the queue and refusals come fast, instead of every request waiting longer.
 * Run through {@code bench/overload.sh}; loopback only, bounded in time.
 */
public final class OverloadBenchmark {

	private OverloadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MachineFacts.print();
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int normal = args.length > 1 ? Integer.parseInt(args[1]) : 32;
		int overload = args.length > 2 ? Integer.parseInt(args[2]) : 256;
		int queueCapacity = args.length > 3 ? Integer.parseInt(args[3]) : 64;
		Path work = Path.of("target", "bench-overload");
		Files.createDirectories(work);
		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), 15442);
				ConfigurableApplicationContext context = startApp(postgres, work, overload, queueCapacity)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			CheckInBenchmark.Seed seed = BenchmarkSeeder.seed(context, 20_000, 2_000);
			CheckInLoad load = new CheckInLoad(port, seed);
			System.out.println("-- warm-up (30 s) --");
			load.run(normal, 30);
			CheckInLoad.Outcome within = load.run(normal, seconds);
			CheckInLoad.Outcome beyond = load.run(overload, seconds);
			System.out.println();
			System.out.printf(Locale.ROOT, "== overload benchmark (queue capacity %d, %d cores, %d s a phase) ==%n",
					queueCapacity, Runtime.getRuntime().availableProcessors(), seconds);
			print("within  ", normal, within);
			print("overload", overload, beyond);
			System.out.printf(Locale.ROOT,
					"accepted p99 overload / within: %.2f; accepted per second overload / within: %.2f%n",
					beyond.acceptedP99() / within.acceptedP99(),
					beyond.acceptedPerSecond() / within.acceptedPerSecond());
		}
	}

	private static void print(String label, int clients, CheckInLoad.Outcome outcome) {
		System.out.printf(Locale.ROOT,
				"%s: %3d clients  accepted %7d (%.0f/s, p50 %.1f ms, p99 %.1f ms)  refused 503 %6d (with Retry-After %d, "
						+ "p99 %.1f ms)  429 %d  other %d  max %.0f ms%n",
				label, clients, outcome.accepted(), outcome.acceptedPerSecond(), outcome.acceptedP50(),
				outcome.acceptedP99(), outcome.refused(), outcome.withRetryAfter(), outcome.refusedP99(),
				outcome.rateLimited(), outcome.other(), outcome.maxMillis());
	}

	private static ConfigurableApplicationContext startApp(EmbeddedPostgres postgres, Path work, int clients,
			int queueCapacity) {
		return new SpringApplicationBuilder(HealthCodeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--healthcode.data-dir=" + work,
				// every client reaches the check-in queue: its capacity is what is
				// measured
				"--server.tomcat.threads.max=" + (clients + 16),
				"--healthcode.checkin.batch.queue-capacity=" + queueCapacity, "--logging.level.healthcode.request=WARN",
				"--logging.level.org.healthcode=WARN", "--healthcode.staff.demo-official-password=bench-official",
				"--healthcode.staff.demo-admin-password=bench-admin");
	}

}
