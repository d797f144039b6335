package org.healthcode.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import tools.jackson.databind.JsonNode;

/**
 * Check-in load for {@code bench/faults.sh}: residents scan venues through two app nodes
 * for a bounded time while the script breaks something; every acknowledged check-in id is
 * written to {@code <out>/acknowledged.txt} and what the clients saw is printed. A client
 * whose node refuses connections moves to the other node (as a load balancer would).
 *
 * <pre>FaultLoad portA portB seconds threads outDir</pre>
 *
 * When {@code <out>/back} appears (the script writes the epoch millisecond at which the
 * database was back), the time from then to the next acknowledged check-in is the
 * recovery.
 */
public final class FaultLoad {

	private record Outcome(long startedAt, long endedAt, int status, String code, long id) {
	}

	private FaultLoad() {
	}

	public static void main(String[] args) throws Exception {
		int[] ports = { Integer.parseInt(args[0]), Integer.parseInt(args[1]) };
		Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
		int threads = Integer.parseInt(args[3]);
		Path out = Path.of(args[4]);
		Files.createDirectories(out);

		People people = new People(new ApiClient(ports[0]));
		List<JsonNode> venues = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			venues.add(people.venue(people.registeredResident("故障店" + (char) ('一' + i)), "故障演练"));
		}
		List<Resident> residents = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			residents.add(people.registeredResident("故障" + (char) ('一' + i)));
		}
		Files.writeString(out.resolve("ready"), Long.toString(System.currentTimeMillis()));

		List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger refused = new AtomicInteger();
		long end = System.currentTimeMillis() + length.toMillis();
		CountDownLatch done = new CountDownLatch(threads);
		for (int i = 0; i < threads; i++) {
			Resident resident = residents.get(i);
			int first = i % 2;
			Thread thread = new Thread(() -> {
				int node = first;
				ApiClient[] clients = { new ApiClient(ports[0]), new ApiClient(ports[1]) };
				while (System.currentTimeMillis() < end) {
					JsonNode venue = venues.get(ThreadLocalRandom.current().nextInt(venues.size()));
					long started = System.currentTimeMillis();
					try {
						Response answer = clients[node].post("/api/v1/checkins",
								Map.of("venueToken", venue.get("token").asString()), resident.token());
						outcomes.add(outcome(started, answer));
					}
					catch (IllegalStateException ex) {
						// connection refused or reset: this node is down, try the other
						// one
						refused.incrementAndGet();
						node = 1 - node;
					}
				}
				done.countDown();
			}, "fault-load-" + i);
			thread.start();
		}
		done.await();
		report(out, outcomes, refused.get(), length);
	}

	private static Outcome outcome(long started, Response answer) {
		long ended = System.currentTimeMillis();
		String code = "";
		long id = -1;
		try {
			JsonNode json = answer.json();
			if (acknowledged(answer.status())) {
				id = json.get("id").asLong();
			}
			else if (json.has("code")) {
				code = json.get("code").asString();
			}
		}
		catch (RuntimeException ex) {
			code = "NOT_JSON";
		}
		return new Outcome(started, ended, answer.status(), code, id);
	}

	private static void report(Path out, List<Outcome> outcomes, int refused, Duration length) throws IOException {
		List<Long> acknowledged = outcomes.stream()
			.filter(o -> acknowledged(o.status()))
			.map(Outcome::id)
			.distinct()
			.toList();
		Files.write(out.resolve("acknowledged.txt"), acknowledged.stream().map(String::valueOf).toList());
		Map<String, Long> answers = new ConcurrentHashMap<>(outcomes.stream()
			.collect(Collectors.groupingBy(o -> o.status() + (o.code().isEmpty() ? "" : " " + o.code()),
					Collectors.counting())));
		long maxLatency = outcomes.stream().mapToLong(o -> o.endedAt() - o.startedAt()).max().orElse(0);
		long maxGap = longestGapBetweenSuccesses(outcomes);
		System.out.printf("requests=%d refused-connections=%d acknowledged=%d%n", outcomes.size(), refused,
				acknowledged.size());
		System.out.printf("answers=%s%n", new java.util.TreeMap<>(answers));
		System.out.printf("answers-500=%d max-latency-ms=%d longest-gap-without-success-ms=%d%n",
				outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503).count(), maxLatency, maxGap);
		Path back = out.resolve("back");
		if (Files.exists(back)) {
			long backAt = Long.parseLong(Files.readString(back).trim());
			long firstAfter = outcomes.stream()
				.filter(o -> acknowledged(o.status()) && o.endedAt() >= backAt)
				.mapToLong(Outcome::endedAt)
				.min()
				.orElse(-1);
			System.out.printf("recovery-after-database-back-ms=%s%n",
					firstAfter < 0 ? "never" : Long.toString(firstAfter - backAt));
		}
	}

	/** 201 a new entry, 200 a repeat answered with the stored one: both are stored. */
	private static boolean acknowledged(int status) {
		return status == 201 || status == 200;
	}

	private static long longestGapBetweenSuccesses(List<Outcome> outcomes) {
		List<Long> times = outcomes.stream()
			.filter(o -> acknowledged(o.status()))
			.map(Outcome::endedAt)
			.sorted()
			.toList();
		long gap = 0;
		for (int i = 1; i < times.size(); i++) {
			gap = Math.max(gap, times.get(i) - times.get(i - 1));
		}
		return gap;
	}

}
