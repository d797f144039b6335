package org.healthcode.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time code challenges, keyed by the phone's blind index. */
@Repository
class OtpRepository {

	private final JdbcClient jdbc;

	OtpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises code requests for one phone within the current transaction. */
	void lockPhone(byte[] phoneIndex) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:phoneIndex, 'hex'), 7))")
			.param("phoneIndex", phoneIndex)
			.query(Object.class)
			.single();
	}

	int countForPhoneSince(byte[] phoneIndex, Instant since) {
		return this.jdbc
			.sql("select count(*) from otp_challenge where phone_index = :phoneIndex and created_at > :since")
			.param("phoneIndex", phoneIndex)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	int countForRequesterSince(byte[] requesterIndex, Instant since) {
		return this.jdbc
			.sql("select count(*) from otp_challenge where requester_index = :requesterIndex and created_at > :since")
			.param("requesterIndex", requesterIndex)
			.param("since", utc(since))
			.query(Integer.class)
			.single();
	}

	void insert(byte[] phoneIndex, byte[] requesterIndex, byte[] codeHash, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				insert into otp_challenge (phone_index, requester_index, code_hash, created_at, expires_at)
				values (:phoneIndex, :requesterIndex, :codeHash, :now, :expiresAt)
				""")
			.param("phoneIndex", phoneIndex)
			.param("requesterIndex", requesterIndex)
			.param("codeHash", codeHash)
			.param("now", utc(now))
			.param("expiresAt", utc(expiresAt))
			.update();
	}

	/**
	 * Counts one attempt on the newest open challenge of a phone and returns it. One
	 * statement, so the count holds even when the guess then fails, and two guesses never
	 * share an attempt.
	 */
	Optional<Attempt> recordAttempt(byte[] phoneIndex) {
		return this.jdbc.sql("""
				update otp_challenge set attempts = attempts + 1
				where id = (select id from otp_challenge
				            where phone_index = :phoneIndex and consumed_at is null
				            order by created_at desc, id desc limit 1)
				returning id, code_hash, expires_at, attempts
				""")
			.param("phoneIndex", phoneIndex)
			.query((rs, row) -> new Attempt(rs.getLong("id"), rs.getBytes("code_hash"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts")))
			.optional();
	}

	/** When the phone's newest code was sent, if any. */
	Optional<Instant> lastSentAt(byte[] phoneIndex) {
		return this.jdbc.sql("select max(created_at) from otp_challenge where phone_index = :phoneIndex")
			.param("phoneIndex", phoneIndex)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The newest unused challenge of a phone, without counting an attempt. */
	Optional<Attempt> newestOpen(byte[] phoneIndex) {
		return this.jdbc.sql("""
				select id, code_hash, expires_at, attempts from otp_challenge
				where phone_index = :phoneIndex and consumed_at is null
				order by created_at desc, id desc limit 1
				""")
			.param("phoneIndex", phoneIndex)
			.query((rs, row) -> new Attempt(rs.getLong("id"), rs.getBytes("code_hash"),
					rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts")))
			.optional();
	}

	/** Marks a challenge used; false if another request used it first. */
	boolean consume(long challengeId, Instant now) {
		return this.jdbc.sql("update otp_challenge set consumed_at = :now where id = :id and consumed_at is null")
			.param("id", challengeId)
			.param("now", utc(now))
			.update() == 1;
	}

	int deleteCreatedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from otp_challenge where created_at < :cutoff")
			.param("cutoff", utc(cutoff))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Attempt(long challengeId, byte[] codeHash, Instant expiresAt, int attempts) {
	}

}
