package org.healthcode.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to {@code audit_event}; the table itself refuses updates and deletes. */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(Instant at, String actorRole, Long actorAccountId, String action, Long personId, byte[] subjectIndex,
			String reason, String detail) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor_role, actor_account_id, action, person_id, subject_index, reason, detail)
				values (:at, :role, :account, :action, :person, :subjectIndex, :reason, :detail)
				""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("role", actorRole)
			.param("account", actorAccountId, Types.BIGINT)
			.param("action", action)
			.param("person", personId, Types.BIGINT)
			.param("subjectIndex", subjectIndex, Types.BINARY)
			.param("reason", reason, Types.VARCHAR)
			.param("detail", detail, Types.VARCHAR)
			.update();
	}

	List<AuditEntry> forPerson(long personId, int limit) {
		return this.jdbc.sql("""
				select id, occurred_at, actor_role, actor_account_id, action, person_id, reason, detail
				from audit_event where person_id = :person
				order by occurred_at desc, id desc
				limit :limit
				""")
			.param("person", personId)
			.param("limit", limit)
			.query(AuditRepository::map)
			.list();
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("actor_account_id");
		Long accountId = rs.wasNull() ? null : account;
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor_role"), accountId, rs.getString("action"), personId, rs.getString("reason"),
				rs.getString("detail"));
	}

}
