package org.healthcode.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
			String reason, String detail, byte[] noteCipher) {
		this.jdbc
			.sql("""
					insert into audit_event (occurred_at, actor_role, actor_account_id, action, person_id, subject_index, reason, detail, note_cipher)
					values (:at, :role, :account, :action, :person, :subjectIndex, :reason, :detail, :note)
					""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("role", actorRole)
			.param("account", actorAccountId, Types.BIGINT)
			.param("action", action)
			.param("person", personId, Types.BIGINT)
			.param("subjectIndex", subjectIndex, Types.BINARY)
			.param("reason", reason, Types.VARCHAR)
			.param("detail", detail, Types.VARCHAR)
			.param("note", noteCipher, Types.BINARY)
			.update();
	}

	List<AuditEntry> forPerson(long personId, int limit) {
		return this.jdbc.sql("""
				select id, occurred_at, actor_role, actor_account_id, action, person_id, reason, detail
				from audit_event where person_id = :person
				order by occurred_at desc, id desc
				limit :limit
				""").param("person", personId).param("limit", limit).query(AuditRepository::map).list();
	}

	/** One page of entries matching the criteria, newest first, with their notes. */
	List<Row> search(AuditCriteria criteria) {
		Where where = where(criteria);
		return this.jdbc.sql("""
				select id, occurred_at, actor_role, actor_account_id, action, person_id, reason, detail, note_cipher
				from audit_event
				""" + where.sql() + """

				order by occurred_at desc, id desc
				limit :limit offset :offset
				""")
			.params(where.params())
			.param("limit", criteria.size())
			.param("offset", criteria.offset())
			.query((rs, row) -> new Row(map(rs, row), rs.getBytes("note_cipher")))
			.list();
	}

	long count(AuditCriteria criteria) {
		Where where = where(criteria);
		return this.jdbc.sql("select count(*) from audit_event " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/**
	 * The distinct actions recorded so far, by a loose index scan over
	 * {@code audit_event_by_action}.
	 */
	List<String> actions() {
		return this.jdbc.sql("""
				with recursive actions (action) as (
				    (select action from audit_event order by action limit 1)
				    union all
				    select (select e.action from audit_event e where e.action > a.action order by e.action limit 1)
				    from actions a where a.action is not null
				)
				select action from actions where action is not null order by action
				""").query(String.class).list();
	}

	/** Only the filters in use become conditions; every value is a named parameter. */
	private static Where where(AuditCriteria criteria) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (criteria.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", criteria.from().atOffset(ZoneOffset.UTC));
		}
		if (criteria.before() != null) {
			conditions.add("occurred_at < :before");
			params.put("before", criteria.before().atOffset(ZoneOffset.UTC));
		}
		if (criteria.actorRole() != null) {
			conditions.add("actor_role = :role");
			params.put("role", criteria.actorRole());
		}
		if (criteria.actorAccountId() != null) {
			conditions.add("actor_account_id = :account");
			params.put("account", criteria.actorAccountId());
		}
		if (criteria.action() != null) {
			conditions.add("action = :action");
			params.put("action", criteria.action());
		}
		if (criteria.bySubject()) {
			conditions.add(criteria.personId() == null ? "subject_index = :subjectIndex"
					: "(person_id = :person or subject_index = :subjectIndex)");
			params.put("subjectIndex", criteria.subjectIndex());
			if (criteria.personId() != null) {
				params.put("person", criteria.personId());
			}
		}
		return new Where(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions), params);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** An entry as stored: its note still encrypted (null if none). */
	record Row(AuditEntry entry, byte[] noteCipher) {
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
