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

	private static final String COLUMNS = "id, account_id, person_id, about_companion, kind, color, reason, until_at, at, read_at";

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
		OffsetDateTime until = rs.getObject("until_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("person_id"),
				rs.getBoolean("about_companion"), NoticeKind.valueOf(rs.getString("kind")),
				Color.valueOf(rs.getString("color")), rs.getString("reason"), until == null ? null : until.toInstant(),
				rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getObject("read_at", OffsetDateTime.class) != null);
	}

	record Row(long id, long accountId, long personId, boolean aboutCompanion, NoticeKind kind, Color color,
			String reason, Instant until, Instant at, boolean read) {
	}

}
