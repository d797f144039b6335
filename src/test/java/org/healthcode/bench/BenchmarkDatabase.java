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
			.start();
	}

}
