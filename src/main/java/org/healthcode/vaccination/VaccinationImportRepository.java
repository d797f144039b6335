package org.healthcode.vaccination;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VaccinationImportRepository {

	private final JdbcClient jdbc;

	VaccinationImportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(long accountId, Instant now) {
		return this.jdbc.sql("""
				insert into vaccination_import (account_id, state, total, created_at)
				values (:account, 'RUNNING', 0, :now) returning id
				""").param("account", accountId).param("now", utc(now)).query(Long.class).single();
	}

	void addLines(long importId, int[] lines, byte[][] ciphers) {
		this.jdbc.sql("""
				insert into vaccination_import_line (import_id, line, cipher)
				select :import, l.line, l.cipher from unnest(:lines::int[], :ciphers::bytea[]) as l(line, cipher)
				""")
			.param("import", importId)
			.param("lines", java.util.Arrays.stream(lines).boxed().toArray(Integer[]::new))
			.param("ciphers", ciphers)
			.update();
	}

	void setTotal(long importId, int total) {
		this.jdbc.sql("update vaccination_import set total = :total where id = :id")
			.param("id", importId)
			.param("total", total)
			.update();
	}

	/** Running imports nobody holds: never claimed, or their lease ran out. */
	List<Long> unclaimed(Instant now) {
		return this.jdbc.sql("""
				select id from vaccination_import
				where state = 'RUNNING' and (lease_until is null or lease_until < :now) order by id
				""").param("now", utc(now)).query(Long.class).list();
	}

	/** Takes or renews the lease; false when another node holds it or the job is done. */
	boolean claim(long importId, String node, Instant now, Instant until) {
		return this.jdbc.sql("""
				update vaccination_import set lease_owner = :node, lease_until = :until
				where id = :id and state = 'RUNNING'
				  and (lease_until is null or lease_until < :now or lease_owner = :node)
				""")
			.param("id", importId)
			.param("node", node)
			.param("now", utc(now))
			.param("until", utc(until))
			.update() == 1;
	}

	void releaseAll(String node) {
		this.jdbc
			.sql("update vaccination_import set lease_until = null where lease_owner = :node and state = 'RUNNING'")
			.param("node", node)
			.update();
	}

	Optional<Job> find(long importId) {
		return this.jdbc.sql("""
				select id, account_id, state, total, processed, accepted, duplicates from vaccination_import
				where id = :id
				""")
			.param("id", importId)
			.query((rs, row) -> new Job(rs.getLong("id"), rs.getLong("account_id"), rs.getString("state"),
					rs.getInt("total"), rs.getInt("processed"), rs.getInt("accepted"), rs.getInt("duplicates")))
			.optional();
	}

	/** The next lines to work, in file order, locked for this chunk. */
	List<Line> nextLines(long importId, int limit) {
		return this.jdbc.sql("""
				select line, cipher from vaccination_import_line where import_id = :id
				order by line limit :limit for update skip locked
				""")
			.param("id", importId)
			.param("limit", limit)
			.query((rs, row) -> new Line(rs.getInt("line"), rs.getBytes("cipher")))
			.list();
	}

	/** Settles a worked chunk: its errors, its counts, and its lines gone. */
	void settle(long importId, List<Line> lines, List<LineError> errors, int accepted, int duplicates) {
		if (!errors.isEmpty()) {
			this.jdbc.sql("""
					insert into vaccination_import_error (import_id, line, code)
					select :id, e.line, e.code from unnest(:lines::int[], :codes::text[]) as e(line, code)
					on conflict do nothing
					""")
				.param("id", importId)
				.param("lines", errors.stream().map(LineError::line).toArray(Integer[]::new))
				.param("codes", errors.stream().map(LineError::code).toArray(String[]::new))
				.update();
		}
		this.jdbc.sql("delete from vaccination_import_line where import_id = :id and line = any(:lines::int[])")
			.param("id", importId)
			.param("lines", lines.stream().map(Line::line).toArray(Integer[]::new))
			.update();
		this.jdbc.sql("""
				update vaccination_import set processed = processed + :processed,
				  accepted = accepted + :accepted, duplicates = duplicates + :duplicates where id = :id
				""")
			.param("id", importId)
			.param("processed", lines.size())
			.param("accepted", accepted)
			.param("duplicates", duplicates)
			.update();
	}

	void finish(long importId, Instant now) {
		this.jdbc.sql("""
				update vaccination_import set state = 'DONE', finished_at = :now, lease_owner = null, lease_until = null
				where id = :id and state = 'RUNNING'
				  and not exists (select 1 from vaccination_import_line where import_id = :id)
				""").param("id", importId).param("now", utc(now)).update();
	}

	List<LineError> errors(long importId, int limit) {
		return this.jdbc.sql("""
				select line, code from vaccination_import_error where import_id = :id order by line limit :limit
				""")
			.param("id", importId)
			.param("limit", limit)
			.query((rs, row) -> new LineError(rs.getInt("line"), rs.getString("code")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Job(long id, long accountId, String state, int total, int processed, int accepted, int duplicates) {
	}

	record Line(int line, byte[] cipher) {
	}

	record LineError(int line, String code) {
	}

}
