package org.healthcode.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page flow a phone takes against the check-in API (issue 18): the same closed-loop
 * Java clients post {@code /api/v1/checkins} with bearer tokens, then take the {@code GET
 * /s/{token}} → {@code POST} → redirect → {@code GET} result flow with page sessions;
 * prints both rates, their ratio and where the CPU went. Run through
 * {@code bench/scan-flow.sh}; loopback only, bounded in time.
 */
public final class ScanFlowBenchmark {

	private ScanFlowBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		MachineFacts.print();
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
		int residents = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		int venues = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
		int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 60;
		int sessionsPerClient = args.length > 5 ? Integer.parseInt(args[5]) : 10;
		Path work = Path.of("target", "bench-scan-flow");
		Files.createDirectories(work);

		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), 15434);
				ConfigurableApplicationContext context = CheckInBenchmark.startApp(postgres, work, clients,
						// every client signs in from the loopback address
						"--healthcode.account.otp-per-requester-per-hour=1000000")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			CheckInBenchmark.Seed seed = BenchmarkSeeder.seed(context, residents, venues, clients);
			CheckInLoad api = new CheckInLoad(port, seed);
			ScanFlowLoad pages = new ScanFlowLoad(port, seed.venueTokens());
			// residents other than the API's (0 .. clients - 1), several per phone: a
			// real resident has a handful of entries, and the result page finds the
			// entry among the resident's own
			List<HttpClient> phones = pages.signIn(IntStream.range(clients, clients + clients * sessionsPerClient)
				.mapToObj(BenchmarkSeeder::phone)
				.toList());
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());

			System.out.println("-- warm-up (" + warmUp + " s: API, then pages) --");
			api.run(clients, warmUp / 2);
			pages.run(phones, clients, warmUp / 2);

			CheckInBenchmark.settle(jdbc);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			System.out.println("-- measured: API check-ins (" + seconds + " s) --");
			StatementProfile.reset(jdbc);
			CpuShares cpu = CpuShares.start();
			CheckInLoad.Outcome checkIns = api.run(clients, seconds);
			String apiCpu = cpu.summary();
			double apiStatements = StatementProfile.calls(jdbc) / (double) Math.max(1, checkIns.accepted());
			CheckInBenchmark.settle(jdbc);
			System.out.println("-- measured: page flows (" + seconds + " s) --");
			StatementProfile.reset(jdbc);
			cpu = CpuShares.start();
			ScanFlowLoad.Outcome flows = pages.run(phones, clients, seconds);
			String pageCpu = cpu.summary();
			double flowStatements = StatementProfile.calls(jdbc) / (double) Math.max(1, flows.flows());
			String flowProfile = StatementProfile.top(jdbc, 15);

			System.out.println();
			System.out.println("== scan page flow benchmark ==");
			System.out.printf(Locale.ROOT,
					"api check-ins: %.0f/s (%d, p50 %.1f ms, p99 %.1f ms, errors %d), %d clients, %d s%n",
					checkIns.acceptedPerSecond(), checkIns.accepted(), checkIns.acceptedP50(), checkIns.acceptedP99(),
					checkIns.refused() + checkIns.rateLimited() + checkIns.other(), clients, seconds);
			System.out.println("  cpu        : " + apiCpu);
			System.out.printf(Locale.ROOT, "  sql        : %.2f statements per check-in (groups share theirs)%n",
					apiStatements);
			System.out.printf(Locale.ROOT,
					"page flows   : %.0f/s (%d, p50 %.1f ms, p99 %.1f ms per flow of 3 requests, errors %d), %d phones"
							+ " taking %d residents' sessions in turn%n",
					flows.perSecond(), flows.flows(), flows.p50(), flows.p99(), flows.errors(), clients, phones.size());
			System.out.println("  cpu        : " + pageCpu);
			System.out.printf(Locale.ROOT, "  sql        : %.2f statements per flow%n", flowStatements);
			System.out.println(flowProfile);
			System.out.printf(Locale.ROOT, "ratio        : %.2f (page flows/s / API check-ins/s; target >= 0.5)%n",
					flows.perSecond() / checkIns.acceptedPerSecond());
		}
		// the phones' HTTP clients keep threads of their own alive
		System.exit(0);
	}

}
