package org.healthcode.support.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An external PostgreSQL set up as docs/security.md says: an owner role for the
 * migrations ({@code spring.flyway.user}) and an application role
 * ({@code spring.datasource.username}) that migration V13_1 gives row rights only.
 */
class ExternalDatabaseRolesIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void migrationsRunAsTheOwnerAndTheApplicationGetsRowRightsOnly() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			JdbcClient admin = JdbcClient.create(server.getPostgresDatabase());
			admin.sql("create role shop_owner login password 'owner-secret'").update();
			admin.sql("create role shop_app login password 'app-secret'").update();
			admin.sql("create database shop owner shop_owner").update();
			String url = "jdbc:postgresql://localhost:" + server.getPort() + "/shop";

			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HealthCodeApplication.class).run(
					"--server.port=0", "--spring.jmx.enabled=false", "--healthcode.data-dir=" + this.dataDir,
					"--spring.datasource.url=" + url, "--spring.datasource.username=shop_app",
					"--spring.datasource.password=app-secret", "--spring.flyway.user=shop_owner",
					"--spring.flyway.password=owner-secret", "--healthcode.retention.cron=-")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);

				assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("shop_app");
				assertThat(JdbcClient.create(server.getDatabase("postgres", "shop"))
					.sql("select distinct installed_by from flyway_schema_history")
					.query(String.class)
					.list()).containsExactly("shop_owner");
				jdbc.sql("insert into audit_event (occurred_at, actor_role, action) values (now(), 'ADMIN', 'X')")
					.update();
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> jdbc.sql("delete from audit_event").update());
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> jdbc.sql("alter table audit_event disable trigger all").update());
				assertThatExceptionOfType(DataAccessException.class)
					.isThrownBy(() -> jdbc.sql("create table intruder (id int)").update());
			}
		}
	}

}
