package org.healthcode.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the check-in API with wrk (C, epoll) so the load generator is not the
 * bottleneck.
 */
final class Wrk {

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

	private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern
		.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private Wrk() {
	}

	static CheckInBenchmark.Result run(int httpPort, int connections, int seconds, Path residentTokens,
			Path venueTokens, Path script) throws Exception {
		return run(httpPort, "/api/v1/checkins", connections, seconds, script, residentTokens.toString(),
				venueTokens.toString());
	}

	/**
	 * wrk at {@code path} for {@code seconds}; the script (null for a plain GET) gets the
	 * arguments.
	 */
	static CheckInBenchmark.Result run(int httpPort, String path, int connections, int seconds, Path script,
			String... scriptArgs) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)),
				"-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", "10s", "--latency"));
		if (script != null) {
			command.addAll(List.of("-s", script.toString()));
		}
		command.add("http://127.0.0.1:" + httpPort + path);
		if (scriptArgs.length > 0) {
			command.add("--");
			command.addAll(List.of(scriptArgs));
		}
		String text = ExternalCommand.run(command, seconds + 60L);
		long errors = find(NON_2XX, text).map(Long::parseLong).orElse(0L);
		Matcher socket = SOCKET_ERRORS.matcher(text);
		if (socket.find()) {
			for (int group = 1; group <= 4; group++) {
				errors += Long.parseLong(socket.group(group));
			}
		}
		return new CheckInBenchmark.Result(Long.parseLong(find(TOTAL, text).orElseThrow()), errors,
				Double.parseDouble(find(RATE, text).orElseThrow()), latency(text, "50%"), latency(text, "99%"));
	}

	private static java.util.Optional<String> find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
	}

	/** A latency percentile line of wrk (" 50% 3.21ms") in milliseconds. */
	private static double latency(String text, String percentile) {
		Matcher matcher = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(text);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
