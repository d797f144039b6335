package org.healthcode.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Closed-loop check-in clients in Java threads (wrk cannot tell the latency of accepted
 * from refused answers): each client posts a check-in of a random resident at a random
 * venue, waits for the answer, and posts the next.
 */
final class CheckInLoad {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newFixedThreadPool(4))
		.build();

	private final URI uri;

	private final CheckInBenchmark.Seed seed;

	CheckInLoad(int port, CheckInBenchmark.Seed seed) {
		this.uri = URI.create("http://127.0.0.1:" + port + "/api/v1/checkins");
		this.seed = seed;
	}

	Outcome run(int clients, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		List<Future<Tally>> tallies = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			tallies.add(threads.submit(() -> client(end)));
		}
		Tally all = new Tally();
		for (Future<Tally> tally : tallies) {
			all.add(tally.get());
		}
		threads.shutdown();
		return all.outcome(seconds);
	}

	private Tally client(long end) {
		Tally tally = new Tally();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (System.nanoTime() < end) {
			String resident = this.seed.accessTokens()[random.nextInt(this.seed.accessTokens().length)];
			String venue = this.seed.venueTokens()[random.nextInt(this.seed.venueTokens().length)];
			HttpRequest request = HttpRequest.newBuilder(this.uri)
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + resident)
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"venueToken\":\"" + venue + "\",\"companionIds\":[],\"channel\":\"APP\"}"))
				.build();
			long start = System.nanoTime();
			try {
				HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
				tally.record(response.statusCode(), response.headers().firstValue("Retry-After").isPresent(),
						(System.nanoTime() - start) / 1e6);
			}
			catch (Exception ex) {
				tally.record(-1, false, (System.nanoTime() - start) / 1e6);
			}
		}
		return tally;
	}

	record Outcome(long accepted, double acceptedPerSecond, double acceptedP50, double acceptedP99, long refused,
			long withRetryAfter, double refusedP99, long rateLimited, long other, double maxMillis) {
	}

	private static final class Tally {

		private final List<Double> accepted = new ArrayList<>();

		private final List<Double> refused = new ArrayList<>();

		private long withRetryAfter;

		private long rateLimited;

		private long other;

		private double max;

		void record(int status, boolean retryAfter, double millis) {
			this.max = Math.max(this.max, millis);
			if (status == 201 || status == 200) {
				this.accepted.add(millis);
			}
			else if (status == 503) {
				this.refused.add(millis);
				this.withRetryAfter += retryAfter ? 1 : 0;
			}
			else if (status == 429) {
				this.rateLimited++;
			}
			else {
				this.other++;
			}
		}

		void add(Tally tally) {
			this.accepted.addAll(tally.accepted);
			this.refused.addAll(tally.refused);
			this.withRetryAfter += tally.withRetryAfter;
			this.rateLimited += tally.rateLimited;
			this.other += tally.other;
			this.max = Math.max(this.max, tally.max);
		}

		Outcome outcome(int seconds) {
			return new Outcome(this.accepted.size(), this.accepted.size() / (double) seconds,
					percentile(this.accepted, 0.50), percentile(this.accepted, 0.99), this.refused.size(),
					this.withRetryAfter, percentile(this.refused, 0.99), this.rateLimited, this.other, this.max);
		}

		private static double percentile(List<Double> values, double p) {
			if (values.isEmpty()) {
				return 0;
			}
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
		}

	}

}
