package org.healthcode.person;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Real-name checks that failed or are still being answered ({@code identity_check}). */
@Repository
class IdentityCheckRepository {

	/** Advisory lock spaces: a resident's, a staff account's, an ID number's checks. */
	private static final int RESIDENT_LOCKS = 0x1D0, STAFF_LOCKS = 0x1D2, ID_NUMBER_LOCKS = 0x1D1;

	private final JdbcClient jdbc;

	IdentityCheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Serialises the checks of one account until the transaction ends, so that parallel
	 * requests cannot all slip under the limit before any failure is counted.
	 */
	void lockAccount(Claimant claimant) {
		lock(claimant.staff() ? STAFF_LOCKS : RESIDENT_LOCKS, Long.hashCode(claimant.accountId()));
	}

	/** The same for one ID number (taken after the account's lock, never before). */
	void lockIdNumber(byte[] index) {
		lock(ID_NUMBER_LOCKS,
				(index[0] & 0xff) << 24 | (index[1] & 0xff) << 16 | (index[2] & 0xff) << 8 | (index[3] & 0xff));
	}

	private void lock(int space, int key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, :key)")
			.param("space", space)
			.param("key", key)
			.query(Object.class)
			.single();
	}

	/** Failed and unanswered checks of an account since then. */
	int ofAccountSince(Claimant claimant, Instant since) {
		return this.jdbc.sql("""
				select count(*) from identity_check where account_id = :account and staff = :staff and at > :since
				""")
			.param("account", claimant.accountId())
			.param("staff", claimant.staff())
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
	}

	/** Failed and unanswered checks against an ID number since then, from any account. */
	int ofIdNumberSince(byte[] index, Instant since) {
		return this.jdbc.sql("select count(*) from identity_check where id_number_index = :index and at > :since")
			.param("index", index)
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
	}

	/** A check about to be answered; it counts as failed until {@link #forget}. */
	long begin(Claimant claimant, byte[] index, IdentityCheckPurpose purpose, Instant at) {
		return this.jdbc.sql("""
				insert into identity_check (account_id, staff, id_number_index, purpose, at)
				values (:account, :staff, :index, :purpose, :at)
				returning id
				""")
			.param("account", claimant.accountId())
			.param("staff", claimant.staff())
			.param("index", index)
			.param("purpose", purpose.name())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	void markMismatch(long id) {
		this.jdbc.sql("update identity_check set outcome = 'MISMATCH' where id = :id").param("id", id).update();
	}

	/**
	 * A check that succeeded, or that the verifier could not answer, counts for nothing.
	 */
	void forget(long id) {
		this.jdbc.sql("delete from identity_check where id = :id").param("id", id).update();
	}

	int deleteBefore(Instant before) {
		return this.jdbc.sql("delete from identity_check where at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

}
