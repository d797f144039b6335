package org.healthcode.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VenueRepository {

	private static final String COLUMNS = """
			id, name, subtype, division_code, address, latitude, longitude, duplicate_key, manager_account_id,
			manager_name_cipher, manager_phone_cipher, manager_phone_index, manager_id_number_cipher,
			manager_id_number_index, status, token_version, token, token_issued_at, created_at, updated_at
			""";

	private final JdbcClient jdbc;

	VenueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the id before the insert: the signed token in the row names it. */
	long nextId() {
		return this.jdbc.sql("select nextval(pg_get_serial_sequence('venue', 'id'))").query(Long.class).single();
	}

	void insert(VenueRow venue) {
		this.jdbc
			.sql("""
					insert into venue (id, name, category, subtype, division_code, address, latitude, longitude, duplicate_key,
					    manager_account_id, manager_name_cipher, manager_phone_cipher, manager_phone_index,
					    manager_id_number_cipher, manager_id_number_index, status, token_version, token, token_issued_at,
					    created_at, updated_at)
					values (:id, :name, :category, :subtype, :divisionCode, :address, :latitude, :longitude, :duplicateKey,
					    :managerAccountId, :managerNameCipher, :managerPhoneCipher, :managerPhoneIndex,
					    :managerIdNumberCipher, :managerIdNumberIndex, :status, :tokenVersion, :token, :tokenIssuedAt,
					    :createdAt, :updatedAt)
					""")
			.param("id", venue.id())
			.param("name", venue.name())
			.param("category", venue.subtype().category().name())
			.param("subtype", venue.subtype().name())
			.param("divisionCode", venue.divisionCode())
			.param("address", venue.address())
			.param("latitude", venue.latitude())
			.param("longitude", venue.longitude())
			.param("duplicateKey", venue.duplicateKey())
			.param("managerAccountId", venue.managerAccountId())
			.param("managerNameCipher", venue.managerNameCipher())
			.param("managerPhoneCipher", venue.managerPhoneCipher())
			.param("managerPhoneIndex", venue.managerPhoneIndex())
			.param("managerIdNumberCipher", venue.managerIdNumberCipher())
			.param("managerIdNumberIndex", venue.managerIdNumberIndex())
			.param("status", venue.status().name())
			.param("tokenVersion", venue.tokenVersion())
			.param("token", venue.token())
			.param("tokenIssuedAt", utc(venue.tokenIssuedAt()))
			.param("createdAt", utc(venue.createdAt()))
			.param("updatedAt", utc(venue.updatedAt()))
			.update();
	}

	Optional<VenueRow> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from venue where id = :id")
			.param("id", id)
			.query(VenueRepository::map)
			.optional();
	}

	/**
	 * Rows of many venues, by id ({@code = any} keeps it one bind parameter however many
	 * ids).
	 */
	List<VenueRow> findByIds(java.util.Collection<Long> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from venue where id = any(:ids::bigint[])")
			.param("ids", ids.toArray(Long[]::new))
			.query(VenueRepository::map)
			.list();
	}

	/**
	 * Venues whose name or address contains the text (case-insensitive), newest first; a
	 * scan, fine for officials' occasional searches.
	 */
	List<VenueRow> search(String text, int limit) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("select " + COLUMNS + """
				 from venue where name ilike :pattern or address ilike :pattern
				order by id desc limit :limit
				""").param("pattern", pattern).param("limit", limit).query(VenueRepository::map).list();
	}

	/** Ids of the venues whose division code starts with {@code prefix}. */
	List<Long> idsInDivision(String prefix) {
		return this.jdbc.sql("select id from venue where division_code like :prefix order by id")
			.param("prefix", prefix + "%")
			.query(Long.class)
			.list();
	}

	/** The row locked for an update of its status or token. */
	Optional<VenueRow> findForUpdate(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from venue where id = :id for update")
			.param("id", id)
			.query(VenueRepository::map)
			.optional();
	}

	List<VenueRow> findByManager(long accountId) {
		return this.jdbc.sql("select " + COLUMNS + " from venue where manager_account_id = :accountId order by id desc")
			.param("accountId", accountId)
			.query(VenueRepository::map)
			.list();
	}

	int countByManager(long accountId) {
		return this.jdbc.sql("select count(*) from venue where manager_account_id = :accountId")
			.param("accountId", accountId)
			.query(Integer.class)
			.single();
	}

	boolean existsWithDuplicateKey(String duplicateKey) {
		return this.jdbc.sql("select exists (select 1 from venue where duplicate_key = :duplicateKey)")
			.param("duplicateKey", duplicateKey)
			.query(Boolean.class)
			.single();
	}

	void updateStatus(long id, VenueStatus status, Instant now) {
		this.jdbc.sql("update venue set status = :status, updated_at = :now where id = :id")
			.param("id", id)
			.param("status", status.name())
			.param("now", utc(now))
			.update();
	}

	void updateToken(long id, int tokenVersion, String token, Instant now) {
		this.jdbc
			.sql("""
					update venue set token_version = :tokenVersion, token = :token, token_issued_at = :now, updated_at = :now
					where id = :id
					""")
			.param("id", id)
			.param("tokenVersion", tokenVersion)
			.param("token", token)
			.param("now", utc(now))
			.update();
	}

	private static VenueRow map(ResultSet rs, int row) throws SQLException {
		return new VenueRow(rs.getLong("id"), rs.getString("name"), VenueSubtype.valueOf(rs.getString("subtype")),
				rs.getString("division_code"), rs.getString("address"), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getString("duplicate_key"),
				rs.getLong("manager_account_id"), rs.getBytes("manager_name_cipher"),
				rs.getBytes("manager_phone_cipher"), rs.getBytes("manager_phone_index"),
				rs.getBytes("manager_id_number_cipher"), rs.getBytes("manager_id_number_index"),
				VenueStatus.valueOf(rs.getString("status")), rs.getInt("token_version"), rs.getString("token"),
				rs.getObject("token_issued_at", OffsetDateTime.class).toInstant(),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
