package org.healthcode.support.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.SpringApplication;

/**
 * Embedded PostgreSQL clusters, one per data folder and JVM. Spring contexts come and go
 * (tests cache several); the cluster outlives them and stops when the JVM exits, after
 * Spring Boot has closed every context (its shutdown handlers run then), so a node that
 * stops still writes its queued check-ins into a running database.
 */
final class EmbeddedPostgresServers {

	private static final Map<Path, EmbeddedCluster> RUNNING = new ConcurrentHashMap<>();

	/**
	 * Starts begun by {@link #startInBackground}, until {@link #startOrReuse} takes them.
	 */
	private static final Map<Path, CompletableFuture<EmbeddedCluster>> STARTING = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	/**
	 * Begins {@link #startOrReuse} on a daemon thread; the next {@code startOrReuse} of
	 * the folder waits for it and answers with its outcome.
	 */
	static void startInBackground(Path dataDir, boolean cleanOnStart, Duration startupWait) {
		Path key = dataDir.toAbsolutePath().normalize();
		STARTING.computeIfAbsent(key,
				dir -> CompletableFuture.supplyAsync(() -> start(dir, cleanOnStart, startupWait), task -> {
					Thread thread = new Thread(task, "embedded-postgres-start");
					thread.setDaemon(true);
					thread.start();
				}));
	}

	static EmbeddedCluster startOrReuse(Path dataDir, boolean cleanOnStart, Duration startupWait) {
		Path key = dataDir.toAbsolutePath().normalize();
		CompletableFuture<EmbeddedCluster> begun = STARTING.remove(key);
		if (begun != null) {
			try {
				// its cluster, unless stopped since (then started again below)
				begun.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException failure) ? failure : ex;
			}
		}
		return start(key, cleanOnStart, startupWait);
	}

	private static EmbeddedCluster start(Path key, boolean cleanOnStart, Duration startupWait) {
		return RUNNING.computeIfAbsent(key, dir -> {
			EmbeddedCluster cluster = EmbeddedCluster.start(dir, cleanOnStart, startupWait);
			DatabaseRoles.ensure(cluster);
			SpringApplication.getShutdownHandlers().add(() -> stop(dir));
			return cluster;
		});
	}

	static boolean isRunning(Path dataDir) {
		return RUNNING.containsKey(dataDir.toAbsolutePath().normalize());
	}

	/** Stops the cluster of a data folder, as a process exit would. */
	static void stop(Path dataDir) {
		EmbeddedCluster cluster = RUNNING.remove(dataDir.toAbsolutePath().normalize());
		if (cluster != null) {
			cluster.close();
		}
	}

}
