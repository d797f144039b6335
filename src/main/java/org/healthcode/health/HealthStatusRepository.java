package org.healthcode.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HealthStatusRepository {

	private static final String COLUMNS = "id, person_id, color, reason, set_at, expires_at, next_color, set_by_role, set_by_account";

	private static final String CURRENT = "select " + COLUMNS
			+ " from health_status where person_id = :person and superseded_at is null";

	// first key of the two-key advisory locks this module takes: "HS" (health status)
	private static final int LOCK_SPACE = 0x4853;

	private final JdbcClient jdbc;

	HealthStatusRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises status changes of one person until the transaction ends. */
	void lockPerson(long personId) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, cast(mod(:person, 2147483647) as integer))")
			.param("space", LOCK_SPACE)
			.param("person", personId)
			.query((rs, row) -> row)
			.list();
	}

	Optional<StatusRow> current(long personId) {
		return this.jdbc.sql(CURRENT).param("person", personId).query(HealthStatusRepository::map).optional();
	}

	/** {@link #current(long)} as a read to send together with others. */
	Read<Optional<StatusRow>> currentRead(long personId) {
		return Read.optional(CURRENT, Map.of("person", personId), HealthStatusRepository::map);
	}

	List<StatusRow> current(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			// one array parameter: the same statement text (and server-side prepared
			// plan)
			// whatever the number of persons
			.sql("select " + COLUMNS
					+ " from health_status where person_id = any(:persons::bigint[]) and superseded_at is null")
			.param("persons", personIds.toArray(Long[]::new))
			.query(HealthStatusRepository::map)
			.list();
	}

	/**
	 * Persons per colour that holds at {@code now} (an expired status counts as its next
	 * colour).
	 */
	java.util.Map<Color, Long> colorCounts(Instant now) {
		java.util.Map<Color, Long> counts = new java.util.EnumMap<>(Color.class);
		this.jdbc.sql("""
				select case when expires_at <= :now then next_color else color end as shown, count(*) as n
				from health_status where superseded_at is null
				group by 1
				""")
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> counts.merge(Color.valueOf(rs.getString("shown")), rs.getLong("n"), Long::sum))
			.list();
		return counts;
	}

	/** Current statuses that have expired by {@code now}, oldest first. */
	List<StatusRow> expired(Instant now, int limit) {
		return this.jdbc.sql("""
				select %s from health_status
				where superseded_at is null and expires_at <= :now
				order by expires_at
				limit :limit
				""".formatted(COLUMNS))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(HealthStatusRepository::map)
			.list();
	}

	List<StatusRow> history(long personId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from health_status where person_id = :person order by set_at desc, id desc")
			.param("person", personId)
			.query(HealthStatusRepository::map)
			.list();
	}

	void supersede(long statusId, Instant at) {
		this.jdbc.sql("update health_status set superseded_at = :at where id = :id and superseded_at is null")
			.param("id", statusId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	StatusRow insert(long personId, Color color, StatusReason reason, Instant setAt, Instant expiresAt, Color nextColor,
			StatusActor actor, byte[] noteCipher) {
		long id = this.jdbc
			.sql("""
					insert into health_status (person_id, color, reason, set_at, expires_at, next_color, set_by_role, set_by_account,
					                           note_cipher)
					values (:person, :color, :reason, :setAt, :expiresAt, :nextColor, :role, :account, :note)
					returning id
					""")
			.param("person", personId)
			.param("color", color.name())
			.param("reason", reason.name())
			.param("setAt", setAt.atOffset(ZoneOffset.UTC))
			.param("expiresAt", expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC),
					Types.TIMESTAMP_WITH_TIMEZONE)
			.param("nextColor", nextColor == null ? null : nextColor.name(), Types.VARCHAR)
			.param("role", actor.role())
			.param("account", actor.accountId(), Types.BIGINT)
			.param("note", noteCipher, Types.BINARY)
			.query(Long.class)
			.single();
		return new StatusRow(id, personId, color, reason, setAt, expiresAt, nextColor, actor);
	}

	private static StatusRow map(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("set_by_account");
		Long accountId = rs.wasNull() ? null : account;
		String next = rs.getString("next_color");
		return new StatusRow(rs.getLong("id"), rs.getLong("person_id"), Color.valueOf(rs.getString("color")),
				StatusReason.valueOf(rs.getString("reason")), instant(rs, "set_at"), instant(rs, "expires_at"),
				next == null ? null : Color.valueOf(next), new StatusActor(rs.getString("set_by_role"), accountId));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	record StatusRow(long id, long personId, Color color, StatusReason reason, Instant setAt, Instant expiresAt,
			Color nextColor, StatusActor setBy) {
	}

}
