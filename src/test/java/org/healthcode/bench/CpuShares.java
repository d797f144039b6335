package org.healthcode.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time per program name (from {@code /proc/<pid>/stat}) between two snapshots: where
 * the machine's cores went during a measured run (app JVM, PostgreSQL, the load
 * generator), and how busy the whole machine was. Processes that start and end between
 * the snapshots (pgbench's connections) count only in the machine figure. Linux only.
 */
final class CpuShares {

	private static final double TICKS_PER_SECOND = 100.0;

	private final Map<String, Long> ticksAtStart;

	private final long[] machineAtStart;

	private final long startNanos;

	private CpuShares(Map<String, Long> ticksAtStart) {
		this.ticksAtStart = ticksAtStart;
		this.machineAtStart = machineTicks();
		this.startNanos = System.nanoTime();
	}

	static CpuShares start() {
		return new CpuShares(ticksByProcess());
	}

	/**
	 * Percent of one core used by each program since {@link #start()}, largest first, as
	 * {@code "java 120%, postgres 60%, wrk 12%"}; programs under 2 % are left out.
	 */
	String summary() {
		double seconds = (System.nanoTime() - this.startNanos) / 1e9;
		Map<String, Long> now = ticksByProcess();
		Map<String, Long> used = new HashMap<>();
		// per process, so a program's processes that ended meanwhile do not cancel out
		// the ones still running
		now.forEach((process, ticks) -> used.merge(programOf(process),
				ticks - this.ticksAtStart.getOrDefault(process, 0L), Long::sum));
		Map<String, Double> percent = new TreeMap<>();
		used.forEach((program, ticks) -> {
			double share = ticks / TICKS_PER_SECOND / seconds * 100;
			if (share >= 2) {
				percent.put(program, share);
			}
		});
		String programs = percent.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(entry -> String.format(Locale.ROOT, "%s %.0f%%", entry.getKey(), entry.getValue()))
			.collect(Collectors.joining(", "));
		long[] machine = machineTicks();
		long busy = machine[0] - this.machineAtStart[0];
		long all = machine[1] - this.machineAtStart[1];
		return String.format(Locale.ROOT, "%s; machine %.0f%% busy", programs, all == 0 ? 0.0 : 100.0 * busy / all);
	}

	/** Busy and total ticks of all cores, from the first line of /proc/stat. */
	private static long[] machineTicks() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < fields.length; i++) {
				total += Long.parseLong(fields[i]);
			}
			// idle and iowait are fields 4 and 5
			long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
			return new long[] { total - idle, total };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { 0, 0 };
		}
	}

	/** The program of a {@code "pid program"} key. */
	private static String programOf(String process) {
		return process.substring(process.indexOf(' ') + 1);
	}

	/** CPU ticks by {@code "pid program"}. */
	private static Map<String, Long> ticksByProcess() {
		Map<String, Long> ticks = new HashMap<>();
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return ticks;
		}
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
			for (Path process : processes) {
				addProcess(process.resolve("stat"), ticks);
			}
		}
		catch (IOException ex) {
			// /proc unreadable: no figures rather than a failed benchmark
		}
		return ticks;
	}

	private static void addProcess(Path stat, Map<String, Long> ticks) {
		try {
			String line = Files.readString(stat);
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			String program = line.substring(open + 1, close);
			// after the name: state is field 3; utime and stime are fields 14 and 15
			String[] fields = line.substring(close + 2).split(" ");
			long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			ticks.put(stat.getParent().getFileName() + " " + program, used);
		}
		catch (IOException | RuntimeException ex) {
			// the process ended while being read
		}
	}

}
