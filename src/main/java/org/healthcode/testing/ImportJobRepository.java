package org.healthcode.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.healthcode.testing.ImportJob.LineError;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobRepository {

	static final int LIST_MAX = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void create(UUID id, long lab, int total, List<LineError> errors, Instant now) {
		this.jdbc.sql("""
				insert into lab_import_job (id, lab_account, state, total, processed, errors, created_at)
				values (:id, :lab, 'QUEUED', :total, :processed, cast(:errors as jsonb), :now)
				""")
			.param("id", id)
			.param("lab", lab)
			.param("total", total)
			.param("processed", errors.size())
			.param("errors", JSON.writeValueAsString(errors.subList(0, Math.min(errors.size(), LIST_MAX))))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Stores good lines in one statement per call. */
	void addLines(UUID job, List<Long> lineNumbers, List<ResultLine> lines) {
		if (lines.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into lab_import_line (job_id, line_no, tube_code, result, tested_at)
				select :job, l.no, l.code, l.result, l.tested
				from unnest(:nos::int[], :codes::text[], :results::text[], :tested::text[]::timestamptz[])
				     as l(no, code, result, tested)
				""")
			.param("job", job)
			.param("nos", lineNumbers.stream().map(Long::intValue).toArray(Integer[]::new))
			.param("codes", lines.stream().map(ResultLine::tubeCode).toArray(String[]::new))
			.param("results", lines.stream().map(line -> line.result().name()).toArray(String[]::new))
			.param("tested", lines.stream().map(line -> line.testedAt().toString()).toArray(String[]::new))
			.update();
	}

	/** Takes a job for this node unless another holds a live lease; true if taken. */
	boolean claim(UUID job, String node, Instant now, Instant until) {
		return this.jdbc.sql("""
				update lab_import_job set state = 'RUNNING', lease_owner = :node, lease_until = :until
				where id = :id and state <> 'DONE'
				  and (lease_until is null or lease_until < :now or lease_owner = :node)
				""")
			.param("id", job)
			.param("node", node)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("until", until.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Jobs not done whose lease ran out (or never taken). */
	List<UUID> unclaimed(Instant now) {
		return this.jdbc.sql("""
				select id from lab_import_job where state <> 'DONE' and (lease_until is null or lease_until < :now)
				""").param("now", now.atOffset(ZoneOffset.UTC)).query(UUID.class).list();
	}

	/**
	 * The next lines of the job, locked with the job row for this chunk's transaction.
	 */
	Optional<Progress> lockProgress(UUID job, String node) {
		return this.jdbc.sql("""
				select last_line, lab_account, unknown_count from lab_import_job
				where id = :id and lease_owner = :node and state = 'RUNNING' for update
				""")
			.param("id", job)
			.param("node", node)
			.query((rs, row) -> new Progress(rs.getInt("last_line"), rs.getLong("lab_account"),
					rs.getInt("unknown_count")))
			.optional();
	}

	List<Numbered> nextLines(UUID job, int after, int limit) {
		return this.jdbc.sql("""
				select line_no, tube_code, result, tested_at from lab_import_line
				where job_id = :job and line_no > :after order by line_no limit :limit
				""")
			.param("job", job)
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> new Numbered(rs.getInt("line_no"),
					new ResultLine(rs.getString("tube_code"), NatResult.valueOf(rs.getString("result")),
							rs.getTimestamp("tested_at").toInstant())))
			.list();
	}

	void recordChunk(UUID job, int lastLine, int lines, ReportOutcome outcome, List<String> unknown,
			Instant leaseUntil) {
		this.jdbc.sql("""
				update lab_import_job set last_line = :last, processed = processed + :lines,
				       accepted = accepted + :accepted, duplicates = duplicates + :duplicates,
				       conflicts = conflicts + :conflicts, unknown_count = unknown_count + :unknownCount,
				       unknown_tubes = unknown_tubes || cast(:unknown as jsonb), lease_until = :until
				where id = :id
				""")
			.param("id", job)
			.param("last", lastLine)
			.param("lines", lines)
			.param("accepted", outcome.accepted())
			.param("duplicates", outcome.duplicates())
			.param("conflicts", outcome.conflicts().size())
			.param("unknownCount", outcome.unknownTubes().size())
			.param("unknown", JSON.writeValueAsString(unknown))
			.param("until", leaseUntil.atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc.sql("delete from lab_import_line where job_id = :job and line_no <= :last")
			.param("job", job)
			.param("last", lastLine)
			.update();
	}

	void finish(UUID job, Instant now) {
		this.jdbc.sql("""
				update lab_import_job set state = 'DONE', finished_at = :now, lease_owner = null, lease_until = null
				where id = :id
				""").param("id", job).param("now", now.atOffset(ZoneOffset.UTC)).update();
	}

	Optional<ImportJob> find(UUID job, long lab) {
		return this.jdbc.sql("""
				select id, state, total, processed, accepted, duplicates, conflicts, unknown_count,
				       unknown_tubes::text as unknown, errors::text as errors
				from lab_import_job where id = :id and lab_account = :lab
				""")
			.param("id", job)
			.param("lab", lab)
			.query((rs, row) -> new ImportJob(rs.getObject("id", UUID.class), rs.getString("state"), rs.getInt("total"),
					rs.getInt("processed"), rs.getInt("accepted"), rs.getInt("duplicates"), rs.getInt("conflicts"),
					rs.getInt("unknown_count"),
					JSON.readValue(rs.getString("unknown"), new TypeReference<List<String>>() {
					}), JSON.readValue(rs.getString("errors"), new TypeReference<ArrayList<LineError>>() {
					})))
			.optional();
	}

	record Progress(int lastLine, long labAccount, int unknownCount) {
	}

	record Numbered(int lineNo, ResultLine line) {
	}

}
