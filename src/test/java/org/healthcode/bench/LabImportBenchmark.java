package org.healthcode.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;
import org.healthcode.support.ApiClient;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestData;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lab result import throughput: the application on a durable embedded PostgreSQL with
 * sampled persons in closed ten-person tubes; a lab imports the day's results as one CSV
 * file through {@code POST /api/v1/lab/results/import} and follows the job until it is
 * done. Then, one at a time, files of a single positive pooled tube: the time until all
 * ten of its people read YELLOW from {@code GET /api/v1/me/health-code}; and one such
 * file sent while the large file is being imported. Run through
 * {@code bench/lab-import.sh}; loopback only, bounded in time.
 */
public final class LabImportBenchmark {

	static final double TARGET_PER_SECOND = 20_000;

	private static final Duration LATENCY_DEADLINE = Duration.ofSeconds(60);

	private LabImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int positives = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		int warmUpTubes = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
		int tubes = persons / LabImportSeeder.POOL;
		// tubes by index: the residents' (one per latency round and one sent during the
		// import), the warm-up file's, the measured file's
		int residentTubes = rounds + 1;
		int warmUpFrom = residentTubes;
		int measuredFrom = warmUpFrom + warmUpTubes;
		Path work = Path.of("target", "bench-lab-import");
		Files.createDirectories(work);
		MachineFacts.print();
		try (EmbeddedPostgres postgres = BenchmarkDatabase.start(work.resolve("postgres"), 15452);
				ConfigurableApplicationContext context = startApp(postgres, work)) {
			ApiClient api = new ApiClient(((WebServerApplicationContext) context).getWebServer().getPort());
			SiteStaff staff = new SiteStaff(api);
			String sampler = staff.create("SAMPLER", "基准采样点", "370102");
			String lab = staff.token("LAB", "基准检测", "370102");
			LabImportClient client = new LabImportClient(api, lab);
			long seedStart = System.nanoTime();
			String[] residents = LabImportSeeder.seed(context, residentTubes * LabImportSeeder.POOL,
					measuredFrom + tubes, sampler);
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			settle(jdbc);
			System.out.printf(Locale.ROOT, "seeded %,d persons (%d with accounts) in %,d tubes in %.1f s%n",
					(measuredFrom + tubes) * LabImportSeeder.POOL, residents.length, measuredFrom + tubes,
					(System.nanoTime() - seedStart) / 1e9);

			System.out.printf(Locale.ROOT, "-- warm-up: %,d tubes --%n", warmUpTubes);
			client.importAndWait(csv(warmUpFrom, warmUpTubes, 1), Duration.ofMinutes(10));
			settle(jdbc);

			System.out.printf(Locale.ROOT, "-- measured: %,d tubes, %d of them positive --%n", tubes, positives);
			byte[] file = csv(measuredFrom, tubes, positives);
			jdbc.sql("create extension if not exists pg_stat_statements").update();
			StatementProfile.reset(jdbc);
			CpuShares cpu = CpuShares.start();
			long cpuAtStart = MachineFacts.processCpuNanos();
			long start = System.nanoTime();
			LabImportClient.Started started = client.start(file);
			long accepted = System.nanoTime();
			// a single positive tube sent by another lab shortly after the large file
			CompletableFuture<String> during = CompletableFuture.supplyAsync(() -> {
				pause(Duration.ofSeconds(2));
				double took = positiveToYellow(client, api, residents, rounds);
				JsonNode large = client.job(started.jobId());
				return String.format(Locale.ROOT, "%.3f s (the large file then %s, %,d of %,d lines processed)", took,
						large.get("state").asString(), large.get("processed").asInt(), large.get("total").asInt());
			});
			JsonNode job = client.await(started.jobId(), Duration.ofMinutes(30));
			long done = System.nanoTime();
			String cpuShares = cpu.summary();
			double appCpu = (MachineFacts.processCpuNanos() - cpuAtStart) / (double) (done - start) * 100;
			String statements = StatementProfile.top(jdbc, 12);
			String duringFigure = during.join();

			long personResults = jdbc.sql("""
					select count(*) from nat_sample s join nat_tube t on t.id = s.tube_id
					where t.state = 'REPORTED' and t.tube_code between :first and :last
					""")
				.param("first", LabImportSeeder.tubeCode(measuredFrom))
				.param("last", LabImportSeeder.tubeCode(measuredFrom + tubes - 1))
				.query(Long.class)
				.single();
			long yellow = jdbc.sql("""
					select count(*) from nat_sample s join nat_tube t on t.id = s.tube_id
					join health_status h on h.person_id = s.person_id and h.superseded_at is null
					where t.result = 'POSITIVE' and h.color = 'YELLOW' and t.tube_code between :first and :last
					""")
				.param("first", LabImportSeeder.tubeCode(measuredFrom))
				.param("last", LabImportSeeder.tubeCode(measuredFrom + tubes - 1))
				.query(Long.class)
				.single();

			List<Double> idle = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				idle.add(positiveToYellow(client, api, residents, round));
			}

			double seconds = (done - start) / 1e9;
			double perSecond = personResults / seconds;
			System.out.println();
			System.out.println("== lab import benchmark ==");
			System.out.printf(Locale.ROOT,
					"file         : %,d lines (%.1f MB), job total %d, accepted %d, duplicates %d, conflicts %d, "
							+ "unknown %d, bad lines %d%n",
					tubes, file.length / 1e6, job.get("total").asInt(), job.get("accepted").asInt(),
					job.get("duplicates").asInt(), job.get("conflicts").asInt(), job.get("unknownTubeCount").asInt(),
					job.get("errors").size());
			System.out.printf(Locale.ROOT,
					"persons      : %,d person-results recorded; %d of %d in positive tubes " + "YELLOW%n",
					personResults, yellow, positives * LabImportSeeder.POOL);
			System.out.printf(Locale.ROOT,
					"time         : %.2f s from upload to DONE (upload answered 202 after %.2f s: read, checked, stored)%n",
					seconds, (accepted - start) / 1e9);
			System.out.printf(Locale.ROOT, "throughput   : %,.0f person-results/s (%,.0f tubes/s)%n", perSecond,
					tubes / seconds);
			System.out.printf(Locale.ROOT, "target       : %,.0f person-results/s -> ratio %.2f%n", TARGET_PER_SECOND,
					perSecond / TARGET_PER_SECOND);
			System.out.printf(Locale.ROOT,
					"cpu          : this JVM (app + client) %.0f%%; by program name, other helpers' JVMs included: %s "
							+ "(%% of one core; %d cores)%n",
					appCpu, cpuShares, Runtime.getRuntime().availableProcessors());
			System.out.println("sql          : PostgreSQL's time per statement during the measured import");
			System.out.println(statements);
			double[] sorted = idle.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			System.out.printf(Locale.ROOT,
					"positive -> 10 YELLOW (idle, %d rounds): median %.3f s, max %.3f s, each %s (target < 1 s)%n",
					rounds, sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2],
					sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], idle);
			System.out.printf(Locale.ROOT, "positive -> 10 YELLOW (sent 2 s after the large file's 202): %s%n",
					duringFigure);
			MachineFacts.printLoad();
		}
	}

	/**
	 * Imports a file holding only the resident tube of {@code round} as positive; returns
	 * the seconds until all ten of its people read YELLOW.
	 */
	private static double positiveToYellow(LabImportClient client, ApiClient api, String[] residents, int round) {
		String[] people = Arrays.copyOfRange(residents, round * LabImportSeeder.POOL,
				(round + 1) * LabImportSeeder.POOL);
		for (String person : people) {
			if (!"GREEN".equals(color(api, person))) {
				throw new IllegalStateException("a resident of round " + round + " is not GREEN before the round");
			}
		}
		byte[] file = line(LabImportSeeder.tubeCode(round), "POSITIVE").getBytes(StandardCharsets.UTF_8);
		long start = System.nanoTime();
		client.start(file);
		boolean[] yellow = new boolean[people.length];
		int left = people.length;
		long deadline = start + LATENCY_DEADLINE.toNanos();
		while (left > 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("not all YELLOW after " + LATENCY_DEADLINE);
			}
			for (int i = 0; i < people.length; i++) {
				if (!yellow[i] && "YELLOW".equals(color(api, people[i]))) {
					yellow[i] = true;
					left--;
				}
			}
			if (left > 0) {
				pause(Duration.ofMillis(5));
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static String color(ApiClient api, String token) {
		return api.get("/api/v1/me/health-code", token).expectStatus(200).json().get("color").asString();
	}

	/**
	 * Tubes {@code from .. from + count - 1}, {@code positives} of them spread evenly.
	 */
	private static byte[] csv(int from, int count, int positives) {
		int every = positives == 0 ? Integer.MAX_VALUE : Math.max(1, count / positives);
		StringBuilder csv = new StringBuilder(count * 44).append("tubeCode,result,testedAt\n");
		for (int i = 0; i < count; i++) {
			boolean positive = i % every == every / 2 && i / every < positives;
			csv.append(line(LabImportSeeder.tubeCode(from + i), positive ? "POSITIVE" : "NEGATIVE"));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(String tube, String result) {
		return tube + "," + result + ","
				+ Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n";
	}

	private static void settle(JdbcClient jdbc) {
		jdbc.sql("vacuum analyze").update();
		jdbc.sql("checkpoint").update();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ConfigurableApplicationContext startApp(EmbeddedPostgres postgres, Path work) {
		return new SpringApplicationBuilder(HealthCodeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--healthcode.data-dir=" + work,
				"--logging.level.healthcode.request=WARN", "--logging.level.org.healthcode=WARN",
				"--healthcode.account.access-token-ttl=3h",
				"--healthcode.staff.demo-official-password=" + TestData.OFFICIAL_PASSWORD,
				"--healthcode.staff.demo-admin-password=" + TestData.ADMIN_PASSWORD);
	}

}
