package org.healthcode.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.healthcode.health.Color;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoticeRepository {

	private static final String COLUMNS = "id, account_id, person_id, about_companion, kind, color, reason, until_at, at, read_at, sampled_at";

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long accountId, long personId, boolean aboutCompanion, NoticeKind kind, Color color, String reason,
			Instant until, Instant at) {
		this.jdbc.sql("""
				insert into notice (account_id, person_id, about_companion, kind, color, reason, until_at, at)
				values (:account, :person, :companion, :kind, :color, :reason, :until, :at)
				""")
			.param("account", accountId)
			.param("person", personId)
			.param("companion", aboutCompanion)
			.param("kind", kind.name())
			.param("color", color.name())
			.param("reason", reason, Types.VARCHAR)
			.param("until", until == null ? null : until.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Test-result notices for many readers in one statement (the i-th entry of each list
	 * is one notice).
	 */
	int insertTestResults(List<Long> accountIds, List<Long> personIds, List<Boolean> aboutCompanion,
			List<String> reasons, List<Instant> sampledAt, Instant at) {
		if (accountIds.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("""
					insert into notice (account_id, person_id, about_companion, kind, reason, sampled_at, at)
					select r.account_id, r.person_id, r.about_companion, 'TEST_RESULT', r.reason, r.sampled_at, :at
					from unnest(:accounts::bigint[], :persons::bigint[], :companions::boolean[], :reasons::text[],
					            :sampled::text[]::timestamptz[]) as r(account_id, person_id, about_companion, reason, sampled_at)
					""")
			.param("accounts", accountIds.toArray(Long[]::new))
			.param("persons", personIds.toArray(Long[]::new))
			.param("companions", aboutCompanion.toArray(Boolean[]::new))
			.param("reasons", reasons.toArray(String[]::new))
			.param("sampled", sampledAt.stream().map(Instant::toString).toArray(String[]::new))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The newest notices of an account first. */
	List<Row> ofAccount(long accountId, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from notice where account_id = :account order by at desc, id desc limit :limit")
			.param("account", accountId)
			.param("limit", limit)
			.query(NoticeRepository::map)
			.list();
	}

	/** Marks a notice of this account read; false when the account has no such notice. */
	boolean markRead(long accountId, long id, Instant now) {
		int found = this.jdbc.sql("""
				update notice set read_at = coalesce(read_at, :now) where id = :id and account_id = :account
				""").param("id", id).param("account", accountId).param("now", now.atOffset(ZoneOffset.UTC)).update();
		return found == 1;
	}

	long unread(long accountId) {
		return this.jdbc.sql("select count(*) from notice where account_id = :account and read_at is null")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		String color = rs.getString("color");
		return new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("person_id"),
				rs.getBoolean("about_companion"), NoticeKind.valueOf(rs.getString("kind")),
				color == null ? null : Color.valueOf(color), rs.getString("reason"), instant(rs, "until_at"),
				rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("read_at", OffsetDateTime.class) != null, instant(rs, "sampled_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	/**
	 * @param color null for a test result
	 * @param sampledAt when the sample was taken, for a test result only
	 */
	record Row(long id, long accountId, long personId, boolean aboutCompanion, NoticeKind kind, Color color,
			String reason, Instant until, Instant at, boolean read, Instant sampledAt) {
	}

}
