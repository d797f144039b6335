package org.healthcode.support.database;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.support.ApiClient;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two ways the platform finds its database: its own embedded PostgreSQL whose data
 * survives a restart, or an external server named by {@code spring.datasource.url} (here
 * a second embedded instance plays that server) on which it starts nothing of its own.
 */
class DatabaseModesIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void embeddedDatabaseIsDurableAndKeepsDataAcrossRestarts() {
		String phone = TestData.phone();
		try (ConfigurableApplicationContext first = TestApps.start(demo())) {
			new ApiClient(TestApps.port(first)).residentToken(phone);
		}
		EmbeddedPostgresServers.stop(this.dataDir.resolve("postgres"));

		try (ConfigurableApplicationContext second = TestApps.start(demo())) {
			int accounts = second.getBean(JdbcClient.class)
				.sql("select count(*) from resident_account")
				.query(Integer.class)
				.single();
			assertThat(accounts).isEqualTo(1);
			assertThat(this.dataDir.resolve("keys.properties")).exists();
			assertThat(setting(second, "fsync")).as("writes reach the disk").isEqualTo("on");
			assertThat(setting(second, "synchronous_commit")).as("a commit waits for its WAL flush").isEqualTo("on");
		}
		finally {
			EmbeddedPostgresServers.stop(this.dataDir.resolve("postgres"));
		}
	}

	private static String setting(ConfigurableApplicationContext app, String name) {
		return app.getBean(JdbcClient.class)
			.sql("select current_setting(:name)")
			.param("name", name)
			.query(String.class)
			.single();
	}

	@Test
	void externalDatabaseIsUsedAsIsInProductionMode() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			Map<String, Object> production = production(server.getJdbcUrl("postgres", "postgres"));
			try (ConfigurableApplicationContext app = TestApps.start(production)) {
				ApiClient api = new ApiClient(TestApps.port(app));

				assertThat(EmbeddedPostgresServers.isRunning(this.dataDir.resolve("postgres"))).isFalse();
				int migrations = JdbcClient.create(server.getPostgresDatabase())
					.sql("select count(*) from flyway_schema_history where success")
					.query(Integer.class)
					.single();
				assertThat(migrations).isGreaterThan(0);
				assertThat(api.get("/api/v1/dev/sms-outbox?phone=" + TestData.phone(), null).status()).isEqualTo(404);
				assertThat(api.staffToken("chief", "a-long-configured-secret")).startsWith("hc1.");
				assertThat(this.dataDir.resolve("keys.properties")).doesNotExist();
			}
		}
	}

	@Test
	void productionRefusesToStartWithoutAnAdministrator() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			Map<String, Object> production = production(server.getJdbcUrl("postgres", "postgres"));
			production.remove("healthcode.staff.admin-password");

			assertThatThrownBy(() -> TestApps.start(production).close())
				.hasMessage("No administrator exists: start once with --healthcode.staff.admin-password=... "
						+ "(or HEALTHCODE_STAFF_ADMINPASSWORD) to create the first one");
		}
	}

	private Map<String, Object> demo() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("healthcode.data-dir", this.dataDir.toString());
		properties.put("healthcode.embedded-database.data-dir", this.dataDir.resolve("postgres").toString());
		properties.put("healthcode.embedded-database.pool-size", "4");
		return properties;
	}

	private Map<String, Object> production(String jdbcUrl) throws Exception {
		Map<String, Object> properties = demo();
		properties.put("healthcode.mode", "PRODUCTION");
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", "postgres");
		properties.put("healthcode.keys.pii-encryption", randomKey());
		properties.put("healthcode.keys.blind-index", randomKey());
		properties.put("healthcode.keys.access-token", randomKey());
		properties.put("healthcode.keys.signing-active", "k1");
		properties.put("healthcode.keys.signing-private.k1", Base64.getEncoder()
			.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded()));
		properties.put("healthcode.staff.admin-username", "chief");
		properties.put("healthcode.staff.admin-password", "a-long-configured-secret");
		return properties;
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
