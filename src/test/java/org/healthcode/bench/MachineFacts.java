package org.healthcode.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a benchmark's figures depend on: CPU model and cores, memory, JVM and its flags,
 * and how loaded the machine was (other work shares its cores). Linux only.
 */
final class MachineFacts {

	private MachineFacts() {
	}

	static void print() {
		String model = read("/proc/cpuinfo").lines()
			.filter(line -> line.startsWith("model name"))
			.findFirst()
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.orElse("?");
		String memory = read("/proc/meminfo").lines().findFirst().orElse("?").replaceAll("\\s+", " ");
		System.out.printf(Locale.ROOT, "machine      : %s, %d cores, %s%n", model,
				Runtime.getRuntime().availableProcessors(), memory);
		System.out.printf(Locale.ROOT, "jvm          : %s %s, flags %s%n", System.getProperty("java.vm.name"),
				System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments());
		printLoad();
	}

	static void printLoad() {
		System.out.printf(Locale.ROOT, "load average : %s%n", read("/proc/loadavg").strip());
	}

	/** CPU time this JVM (the app and the benchmark's client) has used so far. */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String read(String path) {
		try {
			return Files.readString(Path.of(path));
		}
		catch (IOException ex) {
			return "?";
		}
	}

}
