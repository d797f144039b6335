package org.healthcode.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier process left in a data folder it did not stop: a postmaster still
 * running (the application was killed with {@code kill -9}; PostgreSQL runs on as an
 * orphan and would refuse a second server), or a {@code postmaster.pid} naming a process
 * that is long gone or, its pid reused, someone else entirely. Only processes proven to
 * be this folder's servers ({@link ServerProcesses}) get a signal; a stale file is
 * removed. Called with the folder's lock held, so no live HealthCode owns the folder.
 */
final class EarlierServers {

	private static final Logger log = LoggerFactory.getLogger(EarlierServers.class);

	private static final Duration FAST_STOP = Duration.ofSeconds(30);

	private static final Duration IMMEDIATE_STOP = Duration.ofSeconds(10);

	private EarlierServers() {
	}

	static void stopIn(Path dir) {
		List<ProcessHandle> servers = ServerProcesses.of(dir);
		if (!servers.isEmpty()) {
			log.warn("A PostgreSQL server an earlier run left behind still serves {} (pids {}): stopping it", dir,
					pids(servers));
			signal(postmasters(dir, servers), "INT");
			if (!awaitExit(servers, FAST_STOP)) {
				// a fast shutdown that hangs: the immediate one (crash recovery at next
				// start)
				signal(servers.stream().filter(ProcessHandle::isAlive).toList(), "QUIT");
				if (!awaitExit(servers, IMMEDIATE_STOP)) {
					throw new IllegalStateException("The PostgreSQL server left running in " + dir + " (pids "
							+ pids(servers) + ") did not stop; stop it by hand and start again");
				}
			}
		}
		removeStalePidFile(dir);
	}

	private static void removeStalePidFile(Path dir) {
		OptionalLong named = ServerProcesses.pidFileOf(dir);
		if (named.isEmpty()) {
			return;
		}
		long pid = named.getAsLong();
		if (ProcessHandle.of(pid).isPresent() && ServerProcesses.inspectable()) {
			log.warn(
					"{} names process {}, which is not a PostgreSQL server of this folder (its pid was reused "
							+ "after a crash): leaving that process alone and removing the stale file",
					dir.resolve("postmaster.pid"), pid);
		}
		if (!ServerProcesses.inspectable()) {
			// cannot tell here whether it is ours: PostgreSQL's own check decides at
			// start
			return;
		}
		try {
			Files.deleteIfExists(dir.resolve("postmaster.pid"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not remove the stale " + dir.resolve("postmaster.pid"), ex);
		}
	}

	/** The postmaster: the server process whose parent is not one of the servers. */
	private static List<ProcessHandle> postmasters(Path dir, List<ProcessHandle> servers) {
		Set<Long> pids = servers.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
		return servers.stream()
			.filter(process -> process.parent().map(parent -> !pids.contains(parent.pid())).orElse(true))
			.filter(process -> ServerProcesses.isServerOf(process.pid(), dir))
			.toList();
	}

	private static void signal(List<ProcessHandle> processes, String signal) {
		for (ProcessHandle process : processes) {
			ClusterCommands.run(
					List.of(PostgresBinaries.program("pg_ctl"), "kill", signal, Long.toString(process.pid())), null,
					Duration.ofSeconds(10));
		}
	}

	private static boolean awaitExit(List<ProcessHandle> processes, Duration limit) {
		Instant end = Instant.now().plus(limit);
		for (ProcessHandle process : processes) {
			try {
				Duration left = Duration.between(Instant.now(), end);
				if (!left.isNegative()) {
					process.onExit().get(left.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
				}
			}
			catch (java.util.concurrent.TimeoutException ex) {
				return false;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				// cannot wait on it: judged by isAlive below
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return processes.stream().noneMatch(ProcessHandle::isAlive);
	}

	private static String pids(List<ProcessHandle> processes) {
		return processes.stream().map(process -> Long.toString(process.pid())).collect(Collectors.joining(", "));
	}

}
