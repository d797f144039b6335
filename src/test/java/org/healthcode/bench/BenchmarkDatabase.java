package org.healthcode.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh embedded PostgreSQL for a benchmark run, on a fixed port so pgbench can reach
 * it too.
 */
final class BenchmarkDatabase {

	private BenchmarkDatabase() {
	}

	static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(true)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "300")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("timezone", "UTC")
			// durable, as the application's own embedded server runs: both the app's
			// acknowledged check-ins and pgbench's commits wait for their WAL flush
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			// per-statement figures for the report
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.setServerConfig("pg_stat_statements.track_planning", "on")
			.start();
	}

}
