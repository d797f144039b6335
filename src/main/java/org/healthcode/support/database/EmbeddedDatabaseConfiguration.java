package org.healthcode.support.database;

import java.util.HashMap;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * With no external database configured, starts PostgreSQL from bundled binaries so the
 * platform runs on a machine with nothing installed. The application's pool connects as
 * the role that may only read and write rows ({@value ClusterLogins#APP}) and takes the
 * same {@code spring.datasource.hikari.*} timeouts as an external pool; the migrations
 * run as the schema's owner ({@value ClusterLogins#OWNER}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	static EarlyClusterStart earlyClusterStart() {
		return new EarlyClusterStart();
	}

	@Bean(destroyMethod = "")
	EmbeddedCluster embeddedCluster(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServers.startOrReuse(properties.dataDir(), properties.cleanOnStart(),
				properties.startupWait());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedCluster cluster, EmbeddedDatabaseProperties properties,
			Environment environment) {
		HikariDataSource pool = new HikariDataSource();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName("embedded-postgres");
		pool.setJdbcUrl(cluster.jdbcUrl("postgres"));
		pool.setUsername(ClusterLogins.APP);
		pool.setPassword(cluster.logins().app());
		pool.setMaximumPoolSize(properties.poolSize());
		return pool;
	}

	@Bean
	FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedCluster cluster) {
		return configuration -> {
			PGSimpleDataSource owner = new PGSimpleDataSource();
			owner.setUrl(cluster.jdbcUrl("postgres"));
			owner.setUser(ClusterLogins.OWNER);
			owner.setPassword(cluster.logins().owner());
			owner.setConnectTimeout(5);
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.put("app_role", ClusterLogins.APP);
			configuration.dataSource(owner).placeholders(placeholders);
		};
	}

}
