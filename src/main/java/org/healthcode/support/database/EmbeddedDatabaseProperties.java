package org.healthcode.support.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * @param cleanOnStart wipe the cluster at start (tests only)
 * @param poolSize connections in the pool over it
 * @param startupWait longest start (crash recovery of a large cluster takes a while); a
 * server that fails to start says why at once
 */
@ConfigurationProperties("healthcode.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir,
		@DefaultValue("false") boolean cleanOnStart, @DefaultValue("48") int poolSize,
		@DefaultValue("120s") Duration startupWait) {
}
