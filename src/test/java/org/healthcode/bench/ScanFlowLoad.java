package org.healthcode.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop residents taking the page flow a phone takes after scanning a venue's
 * poster: {@code GET /s/{token}} (the confirm page), {@code POST} it (the check-in),
 * follow the redirect and {@code GET} the blue result page. Each client signs in first
 * through the page login with its own session, as a phone does.
 */
final class ScanFlowLoad {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\d+)\"");

	private final ExecutorService io = Executors.newFixedThreadPool(4);

	private final String base;

	private final String[] venueTokens;

	ScanFlowLoad(int port, String[] venueTokens) {
		this.base = "http://127.0.0.1:" + port;
		this.venueTokens = venueTokens;
	}

	/** Signs in one client per phone; each keeps its session cookie. */
	List<HttpClient> signIn(List<String> phones) throws Exception {
		List<HttpClient> clients = new ArrayList<>();
		for (String phone : phones) {
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5))
				.executor(this.io)
				.build();
			String csrf = csrf(get(http, "/login"));
			post(http, "/login/code", "phone=" + phone + "&_csrf=" + encode(csrf), 302);
			Matcher code = CODE.matcher(get(http, "/api/v1/dev/sms-outbox?phone=" + phone));
			if (!code.find()) {
				throw new IllegalStateException("no login code for a seeded phone");
			}
			post(http, "/login", "code=" + code.group(1) + "&_csrf=" + encode(csrf(get(http, "/login"))), 302);
			clients.add(http);
		}
		return clients;
	}

	/**
	 * Drives {@code clients} closed-loop phones for the given time; each takes the
	 * signed-in sessions {@code i}, {@code i + clients}, … in turn, so that each resident
	 * makes a resident's handful of entries rather than thousands.
	 */
	Outcome run(List<HttpClient> sessions, int clients, int seconds) throws Exception {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		List<Future<List<Double>>> flows = new ArrayList<>();
		long[] errors = new long[clients];
		for (int i = 0; i < clients; i++) {
			List<HttpClient> mine = new ArrayList<>();
			for (int k = i; k < sessions.size(); k += clients) {
				mine.add(sessions.get(k));
			}
			int index = i;
			flows.add(threads.submit(() -> client(mine, end, errors, index)));
		}
		List<Double> all = new ArrayList<>();
		for (Future<List<Double>> flow : flows) {
			all.addAll(flow.get());
		}
		threads.shutdown();
		double[] sorted = all.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		return new Outcome(sorted.length, sorted.length / (double) seconds, percentile(sorted, 0.5),
				percentile(sorted, 0.99), Arrays.stream(errors).sum());
	}

	private List<Double> client(List<HttpClient> sessions, long end, long[] errors, int index) {
		List<Double> millis = new ArrayList<>();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int turn = 0; System.nanoTime() < end; turn++) {
			HttpClient http = sessions.get(turn % sessions.size());
			String venue = this.venueTokens[random.nextInt(this.venueTokens.length)];
			long start = System.nanoTime();
			try {
				String page = get(http, "/s/" + venue);
				HttpResponse<String> posted = post(http, "/s/" + venue, "_csrf=" + encode(csrf(page)), 302);
				String result = posted.headers().firstValue("Location").orElseThrow();
				get(http, URI.create(this.base).resolve(result).getPath());
				millis.add((System.nanoTime() - start) / 1e6);
			}
			catch (Exception ex) {
				errors[index]++;
			}
		}
		return millis;
	}

	private String get(HttpClient http, String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET answered " + response.statusCode());
		}
		return response.body();
	}

	private HttpResponse<String> post(HttpClient http, String path, String form, int expected) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException("POST answered " + response.statusCode());
		}
		return response;
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("page without a CSRF token");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static double percentile(double[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	record Outcome(long flows, double perSecond, double p50, double p99, long errors) {
	}

}
