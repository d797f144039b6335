package org.healthcode.support.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

	private EmbeddedPostgresServers() {
	}

	static EmbeddedCluster startOrReuse(Path dataDir, boolean cleanOnStart, Duration startupWait) {
		Path key = dataDir.toAbsolutePath().normalize();
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
