package org.healthcode.support.database;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.healthcode.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's own database connection may read and write rows and nothing more: it
 * is not the superuser nor the owner, so it cannot switch the audit trail's trigger off,
 * delete audit rows or change the schema; the partitions it needs are still made through
 * the owner's security-definer functions, and its shared tables (sessions, job locks)
 * work.
 */
@IntegrationTest
class DatabaseRolesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationConnectsAsARoleOfItsOwnWithoutSpecialRights() {
		assertThat(this.jdbc.sql("select current_user").query(String.class).single()).isEqualTo(ClusterLogins.APP);
		assertThat(this.jdbc.sql("""
				select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication
				from pg_roles where rolname = current_user""").query(Boolean.class).single()).isFalse();
		assertThat(this.jdbc
			.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
			.query(Integer.class)
			.single()).as("tables it owns").isZero();
	}

	@Test
	void itCannotDisableTheAuditTriggerDeleteAuditRowsOrCreateTables() {
		this.jdbc.sql("insert into audit_event (occurred_at, actor_role, action) values (now(), 'ADMIN', 'ROLE_TEST')")
			.update();

		refused("alter table audit_event disable trigger audit_event_append_only", "must be owner");
		refused("alter table audit_event disable trigger all", "must be owner");
		refused("delete from audit_event where action = 'ROLE_TEST'", "permission denied");
		refused("update audit_event set action = 'CHANGED' where action = 'ROLE_TEST'", "permission denied");
		refused("truncate audit_event", "permission denied");
		refused("create table intruder (id int)", "permission denied");
		refused("drop table audit_event", "must be owner");
		refused("delete from flyway_schema_history", "permission denied");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'ROLE_TEST'")
			.query(Integer.class)
			.single()).isPositive();
	}

	private void refused(String sql, String reason) {
		assertThatExceptionOfType(DataAccessException.class).as(sql)
			.isThrownBy(() -> this.jdbc.sql(sql).update())
			.havingRootCause()
			.withMessageContaining(reason);
	}

	@Test
	void partitionsAreStillMadeThroughTheOwnersFunctions() {
		// a day long before any kept check-in: dropping "everything before the next day"
		// must leave the partitions of today and the days ahead to the other tests
		LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(500);
		String name = "checkin_p" + day.toString().replace("-", "");

		boolean made = this.jdbc.sql("select checkin_ensure_partition(:day)")
			.param("day", day)
			.query(Boolean.class)
			.single();

		assertThat(made).isTrue();
		assertThat(this.jdbc.sql("select tableowner from pg_tables where tablename = :name")
			.param("name", name)
			.query(String.class)
			.single()).isEqualTo(ClusterLogins.OWNER);
		assertThat(this.jdbc.sql("select checkin_drop_partitions_before(:after)")
			.param("after", day.plusDays(1))
			.query(java.sql.Date.class)
			.list()).isNotEmpty();
	}

}
