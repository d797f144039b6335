package org.healthcode.account;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.healthcode.account.StaffLoginThrottle.State;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code staff_login_throttle}: failure counts and pauses per hashed key. */
@Repository
class StaffLoginThrottleRepository {

	private final JdbcClient jdbc;

	StaffLoginThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest end of a pause still running for any of the keys. */
	Optional<Instant> pausedUntil(List<byte[]> keys, Instant now) {
		return this.jdbc.sql("""
				select paused_until from staff_login_throttle
				where key_hash in (:keys) and paused_until > :now
				order by paused_until desc limit 1
				""")
			.param("keys", keys)
			.param("now", utc(now))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The key's state, locked for update until the transaction ends; created if new. */
	State lock(byte[] key, Instant now) {
		this.jdbc.sql("""
				insert into staff_login_throttle (key_hash, failures, pauses, last_failure_at)
				values (:key, 0, 0, :now)
				on conflict (key_hash) do nothing
				""").param("key", key).param("now", utc(now)).update();
		return this.jdbc.sql("""
				select failures, pauses, paused_until, last_failure_at from staff_login_throttle
				where key_hash = :key for update
				""").param("key", key).query((rs, row) -> {
			OffsetDateTime paused = rs.getObject("paused_until", OffsetDateTime.class);
			return new State(rs.getInt("failures"), rs.getInt("pauses"), paused == null ? null : paused.toInstant(),
					rs.getObject("last_failure_at", OffsetDateTime.class).toInstant());
		}).single();
	}

	void save(byte[] key, State state) {
		this.jdbc.sql("""
				update staff_login_throttle
				set failures = :failures, pauses = :pauses, paused_until = :pausedUntil, last_failure_at = :last
				where key_hash = :key
				""")
			.param("key", key)
			.param("failures", state.failures())
			.param("pauses", state.pauses())
			.param("pausedUntil", state.pausedUntil() == null ? null : utc(state.pausedUntil()),
					Types.TIMESTAMP_WITH_TIMEZONE)
			.param("last", utc(state.lastFailureAt()))
			.update();
	}

	/** Forgets a key; true if it was paused at {@code now}. */
	boolean delete(byte[] key, Instant now) {
		List<OffsetDateTime> removed = this.jdbc
			.sql("delete from staff_login_throttle where key_hash = :key returning paused_until")
			.param("key", key)
			.query(OffsetDateTime.class)
			.list();
		return removed.stream().anyMatch(until -> until != null && until.toInstant().isAfter(now));
	}

	int deleteIdleBefore(Instant cutoff) {
		return this.jdbc.sql("""
				delete from staff_login_throttle
				where last_failure_at < :cutoff and (paused_until is null or paused_until < :cutoff)
				""").param("cutoff", utc(cutoff)).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
