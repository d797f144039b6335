package org.healthcode.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A poor man's sampling profiler of the in-process application: every few milliseconds
 * the stacks of the running Tomcat request threads, counted by the innermost frame in
 * {@code org.healthcode} (where the application's own code is) and by the top frame
 * (where the CPU is). Coarse, but needs no agent.
 */
final class ThreadSampler {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final Map<String, Integer> own = new HashMap<>();

	private final Map<String, Integer> top = new HashMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread sampler;

	private int samples;

	private ThreadSampler() {
		this.sampler = new Thread(this::sample, "bench-sampler");
		this.sampler.setDaemon(true);
	}

	static ThreadSampler start() {
		ThreadSampler sampler = new ThreadSampler();
		sampler.sampler.start();
		return sampler;
	}

	/** Stops and returns the {@code limit} most frequent frames of both counts. */
	String stop(int limit) throws InterruptedException {
		this.running.set(false);
		this.sampler.join();
		return String.format(Locale.ROOT,
				"  %d request-thread samples; innermost org.healthcode frame:%n%s%n" + "  top frame:%n%s", this.samples,
				format(this.own, limit), format(this.top, limit));
	}

	private void sample() {
		while (this.running.get()) {
			for (ThreadInfo info : this.threads.dumpAllThreads(false, false, 40)) {
				if (info == null || !info.getThreadName().contains("exec")
						|| info.getThreadState() != Thread.State.RUNNABLE || info.getStackTrace().length == 0
						|| info.getStackTrace()[0].getClassName().startsWith("sun.nio.ch")) {
					continue;
				}
				this.samples++;
				StackTraceElement[] stack = info.getStackTrace();
				this.top.merge(frame(stack[0]), 1, Integer::sum);
				for (StackTraceElement element : stack) {
					if (element.getClassName().startsWith("org.healthcode")) {
						this.own.merge(frame(element), 1, Integer::sum);
						break;
					}
				}
			}
			try {
				Thread.sleep(3);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private static String frame(StackTraceElement element) {
		String type = element.getClassName();
		return type.substring(type.lastIndexOf('.') + 1) + "." + element.getMethodName();
	}

	private static String format(Map<String, Integer> counts, int limit) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(limit)
			.map(entry -> String.format(Locale.ROOT, "    %5d  %s", entry.getValue(), entry.getKey()))
			.collect(Collectors.joining(System.lineSeparator()));
	}

}
