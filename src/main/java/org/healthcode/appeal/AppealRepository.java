package org.healthcode.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.healthcode.health.Color;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppealRepository {

	private static final String COLUMNS = """
			id, person_id, account_id, companion_id, reason, details_cipher, corrected_name_cipher, color_at_filing, state,
			created_at, decided_at, decided_by, decided_color, decision_note_cipher,
			(select count(*) from appeal_attachment a where a.appeal_id = appeal.id) as attachments""";

	private final JdbcClient jdbc;

	AppealRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasOpen(long personId) {
		return this.jdbc.sql("select count(*) from appeal where person_id = :person and state = 'OPEN'")
			.param("person", personId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long personId, long accountId, Long companionId, AppealReason reason, byte[] details,
			byte[] correctedName, Color color, Instant now) {
		return this.jdbc.sql("""
				insert into appeal (person_id, account_id, companion_id, reason, details_cipher, corrected_name_cipher,
				                    color_at_filing, state, created_at)
				values (:person, :account, :companion, :reason, :details, :name, :color, 'OPEN', :now)
				returning id
				""")
			.param("person", personId)
			.param("account", accountId)
			.param("companion", companionId, Types.BIGINT)
			.param("reason", reason.name())
			.param("details", details)
			.param("name", correctedName, Types.BINARY)
			.param("color", color.name())
			.param("now", utc(now))
			.query(Long.class)
			.single();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from appeal where id = :id")
			.param("id", id)
			.query(AppealRepository::map)
			.optional();
	}

	Optional<Row> lock(long id) {
		this.jdbc.sql("select id from appeal where id = :id for update").param("id", id).query(Long.class).optional();
		return find(id);
	}

	List<Row> ofAccount(long accountId) {
		return this.jdbc.sql("select " + COLUMNS + " from appeal where account_id = :account order by id desc limit 50")
			.param("account", accountId)
			.query(AppealRepository::map)
			.list();
	}

	/** Appeals in a state, oldest first; {@code reason} null for all. */
	List<Row> queue(String state, AppealReason reason, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from appeal where state = :state and (cast(:reason as varchar) is null or reason = :reason)
				order by created_at, id limit :limit
				""")
			.param("state", state)
			.param("reason", reason == null ? null : reason.name(), Types.VARCHAR)
			.param("limit", limit)
			.query(AppealRepository::map)
			.list();
	}

	void decide(long id, String state, long officialId, Color color, byte[] note, Instant now) {
		this.jdbc.sql("""
				update appeal set state = :state, decided_at = :now, decided_by = :official, decided_color = :color,
				       decision_note_cipher = :note
				where id = :id and state = 'OPEN'
				""")
			.param("id", id)
			.param("state", state)
			.param("now", utc(now))
			.param("official", officialId)
			.param("color", color == null ? null : color.name(), Types.VARCHAR)
			.param("note", note, Types.BINARY)
			.update();
	}

	int attachmentCount(long appealId) {
		return this.jdbc.sql("select count(*) from appeal_attachment where appeal_id = :id")
			.param("id", appealId)
			.query(Integer.class)
			.single();
	}

	long insertAttachment(long appealId, AttachmentType type, int size, byte[] content, Instant now) {
		return this.jdbc.sql("""
				insert into appeal_attachment (appeal_id, content_type, size_bytes, content_cipher, created_at)
				values (:appeal, :type, :size, :content, :now) returning id
				""")
			.param("appeal", appealId)
			.param("type", type.contentType())
			.param("size", size)
			.param("content", content)
			.param("now", utc(now))
			.query(Long.class)
			.single();
	}

	/** The attachments of an appeal without their content, in upload order. */
	List<AttachmentRow> attachments(long appealId) {
		return this.jdbc.sql("""
				select id, content_type, size_bytes from appeal_attachment where appeal_id = :appeal order by id
				""")
			.param("appeal", appealId)
			.query((rs, n) -> new AttachmentRow(rs.getLong("id"), rs.getString("content_type"), rs.getInt("size_bytes"),
					null))
			.list();
	}

	Optional<AttachmentRow> attachment(long appealId, long attachmentId) {
		return this.jdbc.sql("""
				select id, content_type, size_bytes, content_cipher from appeal_attachment
				where appeal_id = :appeal and id = :id
				""")
			.param("appeal", appealId)
			.param("id", attachmentId)
			.query((rs, n) -> new AttachmentRow(rs.getLong("id"), rs.getString("content_type"), rs.getInt("size_bytes"),
					rs.getBytes("content_cipher")))
			.optional();
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		long companion = rs.getLong("companion_id");
		Long companionId = rs.wasNull() ? null : companion;
		long decidedBy = rs.getLong("decided_by");
		Long decider = rs.wasNull() ? null : decidedBy;
		String decidedColor = rs.getString("decided_color");
		return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("account_id"), companionId,
				AppealReason.valueOf(rs.getString("reason")), rs.getBytes("details_cipher"),
				rs.getBytes("corrected_name_cipher"), Color.valueOf(rs.getString("color_at_filing")),
				rs.getString("state"), instant(rs, "created_at"), instant(rs, "decided_at"), decider,
				decidedColor == null ? null : Color.valueOf(decidedColor), rs.getBytes("decision_note_cipher"),
				rs.getInt("attachments"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Row(long id, long personId, long accountId, Long companionId, AppealReason reason, byte[] details,
			byte[] correctedName, Color colorAtFiling, String state, Instant createdAt, Instant decidedAt,
			Long decidedBy, Color decidedColor, byte[] decisionNote, int attachments) {
	}

	record AttachmentRow(long id, String contentType, int size, byte[] content) {
	}

}
