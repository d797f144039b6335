package org.healthcode.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

	private static final String COLUMNS = "id, id_number_index, id_number_cipher, name_cipher, account_id, public_ref";

	private static final String BY_ACCOUNT = "select " + COLUMNS + " from person where account_id = :account";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PersonRow> findByIndex(byte[] idNumberIndex) {
		return this.jdbc.sql("select " + COLUMNS + " from person where id_number_index = :index")
			.param("index", idNumberIndex)
			.query(PersonRepository::map)
			.optional();
	}

	Optional<PersonRow> findByAccount(long accountId) {
		return this.jdbc.sql(BY_ACCOUNT).param("account", accountId).query(PersonRepository::map).optional();
	}

	/** {@link #findByAccount(long)} as a read to send together with others. */
	Read<Optional<PersonRow>> findByAccountRead(long accountId) {
		return Read.optional(BY_ACCOUNT, Map.of("account", accountId), PersonRepository::map);
	}

	Optional<PersonRow> findByPublicRef(String publicRef) {
		return this.jdbc.sql("select " + COLUMNS + " from person where public_ref = :ref")
			.param("ref", publicRef)
			.query(PersonRepository::map)
			.optional();
	}

	List<PersonRow> findByAccounts(Collection<Long> accountIds) {
		return this.jdbc.sql("select " + COLUMNS + " from person where account_id = any(:accounts::bigint[])")
			.param("accounts", accountIds.toArray(Long[]::new))
			.query(PersonRepository::map)
			.list();
	}

	List<PersonRow> findByIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from person where id = any(:ids::bigint[])")
			.param("ids", ids.toArray(Long[]::new))
			.query(PersonRepository::map)
			.list();
	}

	List<PersonRow> findByIndexes(Collection<byte[]> indexes) {
		if (indexes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from person where id_number_index = any(:indexes::bytea[])")
			.param("indexes", indexes.toArray(byte[][]::new))
			.query(PersonRepository::map)
			.list();
	}

	/**
	 * Inserts persons without account in one statement; an ID number someone else created
	 * a moment ago is left as it is.
	 */
	void insertAll(List<NewPerson> fresh, Instant now) {
		this.jdbc.sql("""
				insert into person (id_number_index, id_number_cipher, name_cipher, account_id, public_ref, created_at)
				select f.idx, f.id_cipher, f.name_cipher, null, f.ref, :now
				from unnest(:indexes::bytea[], :idCiphers::bytea[], :nameCiphers::bytea[], :refs::text[])
				  as f(idx, id_cipher, name_cipher, ref)
				on conflict do nothing
				""")
			.param("indexes", fresh.stream().map(NewPerson::index).toArray(byte[][]::new))
			.param("idCiphers", fresh.stream().map(NewPerson::idNumberCipher).toArray(byte[][]::new))
			.param("nameCiphers", fresh.stream().map(NewPerson::nameCipher).toArray(byte[][]::new))
			.param("refs", fresh.stream().map(NewPerson::publicRef).toArray(String[]::new))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	record NewPerson(String key, byte[] index, byte[] idNumberCipher, byte[] nameCipher, String publicRef) {
	}

	long count() {
		return this.jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	/** Inserts unless the ID number (or the account) already has a person; empty then. */
	Optional<Long> insert(byte[] idNumberIndex, byte[] idNumberCipher, byte[] nameCipher, Long accountId,
			String publicRef, Instant now) {
		return this.jdbc
			.sql("""
					insert into person (id_number_index, id_number_cipher, name_cipher, account_id, public_ref, created_at, claimed_at)
					values (:index, :idCipher, :nameCipher, :account, :publicRef, :now, :claimedAt)
					on conflict do nothing
					returning id
					""")
			.param("index", idNumberIndex)
			.param("idCipher", idNumberCipher)
			.param("nameCipher", nameCipher, java.sql.Types.BINARY)
			.param("account", accountId, java.sql.Types.BIGINT)
			.param("publicRef", publicRef)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("claimedAt", accountId == null ? null : now.atOffset(ZoneOffset.UTC),
					java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.query(Long.class)
			.optional();
	}

	/**
	 * Gives a person without account to an account; false when someone else was faster.
	 */
	boolean claim(long personId, long accountId, byte[] nameCipher, Instant now) {
		return this.jdbc.sql("""
				update person set account_id = :account, name_cipher = :nameCipher, claimed_at = :now
				where id = :id and account_id is null
				""")
			.param("id", personId)
			.param("account", accountId)
			.param("nameCipher", nameCipher)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** An official's correction of the name. */
	void setName(long personId, byte[] nameCipher) {
		this.jdbc.sql("update person set name_cipher = :nameCipher where id = :id")
			.param("id", personId)
			.param("nameCipher", nameCipher)
			.update();
	}

	/**
	 * Gives a person, with the name proved, to another account (or the same one); fails
	 * with a duplicate key when that account holds another person.
	 */
	void reassign(long personId, long accountId, byte[] nameCipher, Instant now) {
		this.jdbc.sql("""
				update person set account_id = :account, name_cipher = :nameCipher, claimed_at = :now
				where id = :id
				""")
			.param("id", personId)
			.param("account", accountId)
			.param("nameCipher", nameCipher)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void setNameIfMissing(long personId, byte[] nameCipher) {
		this.jdbc.sql("update person set name_cipher = :nameCipher where id = :id and name_cipher is null")
			.param("id", personId)
			.param("nameCipher", nameCipher)
			.update();
	}

	private static PersonRow map(ResultSet rs, int row) throws SQLException {
		long account = rs.getLong("account_id");
		Long accountId = rs.wasNull() ? null : account;
		return new PersonRow(rs.getLong("id"), rs.getBytes("id_number_index"), rs.getBytes("id_number_cipher"),
				rs.getBytes("name_cipher"), accountId, rs.getString("public_ref"));
	}

	record PersonRow(long id, byte[] idNumberIndex, byte[] idNumberCipher, byte[] nameCipher, Long accountId,
			String publicRef) {
	}

}
