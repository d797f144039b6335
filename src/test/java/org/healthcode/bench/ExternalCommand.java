package org.healthcode.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a load tool (wrk, pgbench) to completion, echoes and returns its output. */
final class ExternalCommand {

	private ExternalCommand() {
	}

	static String run(List<String> command, long timeoutSeconds) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.append(line).append('\n');
			}
		}
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(command.get(0) + " failed:\n" + output);
		}
		System.out.print(output);
		return output.toString();
	}

}
