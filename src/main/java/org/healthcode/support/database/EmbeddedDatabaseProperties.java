package org.healthcode.support.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; kept across restarts
 * @param cleanOnStart wipe the cluster at start (tests only)
 * @param poolSize connections in the pool over it
 */
@ConfigurationProperties("healthcode.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDir,
		@DefaultValue("false") boolean cleanOnStart, @DefaultValue("48") int poolSize) {
}
