package org.healthcode.account;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResidentAccountRepository {

	private final JdbcClient jdbc;

	ResidentAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account of a phone, created on its first login. */
	long upsertOnLogin(byte[] phoneIndex, byte[] phoneCipher, Instant now) {
		return this.jdbc.sql("""
				insert into resident_account (phone_index, phone_cipher, created_at, last_login_at)
				values (:phoneIndex, :phoneCipher, :now, :now)
				on conflict (phone_index) do update set last_login_at = excluded.last_login_at
				returning id
				""")
			.param("phoneIndex", phoneIndex)
			.param("phoneCipher", phoneCipher)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** The encrypted phones of many accounts, by account id; unknown ids are absent. */
	java.util.Map<Long, byte[]> phoneCiphers(java.util.Collection<Long> accountIds) {
		java.util.Map<Long, byte[]> found = new java.util.HashMap<>();
		this.jdbc.sql("select id, phone_cipher from resident_account where id = any(:ids::bigint[])")
			.param("ids", accountIds.toArray(Long[]::new))
			.query((rs, row) -> found.put(rs.getLong("id"), rs.getBytes("phone_cipher")))
			.list();
		return found;
	}

	/**
	 * The account of a phone, created (as if first seen now) when the phone never logged
	 * in: a venue manager may name a guard who signs in later.
	 */
	long ensure(byte[] phoneIndex, byte[] phoneCipher, Instant now) {
		return this.jdbc.sql("""
				with made as (
				    insert into resident_account (phone_index, phone_cipher, created_at, last_login_at)
				    values (:phoneIndex, :phoneCipher, :now, :now)
				    on conflict (phone_index) do nothing
				    returning id
				)
				select id from made
				union all
				select id from resident_account where phone_index = :phoneIndex
				limit 1
				""")
			.param("phoneIndex", phoneIndex)
			.param("phoneCipher", phoneCipher)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

}
