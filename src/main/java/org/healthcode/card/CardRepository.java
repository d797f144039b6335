package org.healthcode.card;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CardRepository {

	/** First key of the advisory lock that serialises printing cards for one person. */
	private static final int LOCK_SPACE = 19_002;

	private final JdbcClient jdbc;

	CardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Revokes the person's valid card, if any, and records a new one; returns its serial.
	 * Runs in the caller's transaction; two printings for one person at once wait for
	 * each other, so at most one card stays valid.
	 */
	long reissue(long personId, long accountId, Instant now) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, hashtext(cast(:person as text)))")
			.param("space", LOCK_SPACE)
			.param("person", personId)
			.query((rs, row) -> 1)
			.single();
		this.jdbc.sql("update resident_card set revoked_at = :now where person_id = :person and revoked_at is null")
			.param("now", utc(now))
			.param("person", personId)
			.update();
		return this.jdbc.sql("""
				insert into resident_card (person_id, issued_by_account, issued_at)
				values (:person, :account, :now) returning serial
				""")
			.param("person", personId)
			.param("account", accountId)
			.param("now", utc(now))
			.query(Long.class)
			.single();
	}

	Optional<CardRow> find(long serial) {
		return this.jdbc
			.sql("select serial, person_id, issued_at, revoked_at from resident_card where serial = :serial")
			.param("serial", serial)
			.query((rs, row) -> new CardRow(rs.getLong("serial"), rs.getLong("person_id"),
					rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
					rs.getObject("revoked_at", OffsetDateTime.class) == null ? null
							: rs.getObject("revoked_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record CardRow(long serial, long personId, Instant issuedAt, Instant revokedAt) {

		boolean revoked() {
			return this.revokedAt != null;
		}

	}

}
