package org.healthcode.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MarkingJobRepository {

	private static final String COLUMNS = "id, created_by_role, created_by, created_at, color, reason, status, total, changed, unchanged, finished_at";

	private final JdbcClient jdbc;

	MarkingJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String role, long accountId, Instant now, Color color, StatusReason reason,
			Collection<Long> personIds) {
		long id = this.jdbc.sql("""
				insert into tracing_job (created_by_role, created_by, created_at, color, reason, status, total)
				values (:role, :account, :now, :color, :reason, 'RUNNING', :total)
				returning id
				""")
			.param("role", role)
			.param("account", accountId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("color", color.name())
			.param("reason", reason.name())
			.param("total", personIds.size())
			.query(Long.class)
			.single();
		this.jdbc.sql(
				"insert into tracing_job_person (job_id, person_id) select :job, p from unnest(:persons::bigint[]) as p")
			.param("job", id)
			.param("persons", personIds.toArray(Long[]::new))
			.update();
		return id;
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from tracing_job where id = :id")
			.param("id", id)
			.query(MarkingJobRepository::map)
			.optional();
	}

	/** Running jobs nobody holds: never claimed, released, or their lease ran out. */
	List<Long> unclaimed(Instant now) {
		return this.jdbc.sql("""
				select id from tracing_job
				where status = 'RUNNING' and (lease_until is null or lease_until < :now)
				order by id
				""").param("now", utc(now)).query(Long.class).list();
	}

	/**
	 * Takes (or renews) the lease of a running job for a node until {@code until}; false
	 * if another node holds a lease that has not run out, or the job is no longer
	 * running.
	 */
	boolean claim(long jobId, String node, Instant now, Instant until) {
		return this.jdbc.sql("""
				update tracing_job set lease_owner = :node, lease_until = :until
				where id = :job and status = 'RUNNING'
				  and (lease_until is null or lease_until < :now or lease_owner = :node)
				""")
			.param("job", jobId)
			.param("node", node)
			.param("now", utc(now))
			.param("until", utc(until))
			.update() == 1;
	}

	/**
	 * Gives a job up after a failure: another node (or this one) takes it over; after
	 * {@code maxFailures} failures it ends as FAILED.
	 */
	void release(long jobId, String node, Instant now, int maxFailures) {
		this.jdbc.sql("""
				update tracing_job set failures = failures + 1, lease_owner = null, lease_until = null,
				       status = case when failures + 1 >= :max then 'FAILED' else status end,
				       finished_at = case when failures + 1 >= :max then :now else finished_at end
				where id = :job and status = 'RUNNING' and lease_owner = :node
				""").param("job", jobId).param("node", node).param("now", utc(now)).param("max", maxFailures).update();
	}

	/** Gives up every lease of a node that stops, so others need not wait them out. */
	void releaseAll(String node) {
		this.jdbc.sql("update tracing_job set lease_owner = null, lease_until = null where lease_owner = :node")
			.param("node", node)
			.update();
	}

	/**
	 * Claims up to {@code limit} pending persons of a job; rows another worker holds are
	 * skipped.
	 */
	List<Long> claimPending(long jobId, int limit) {
		return this.jdbc.sql("""
				select person_id from tracing_job_person
				where job_id = :job and outcome is null
				order by person_id
				limit :limit
				for update skip locked
				""").param("job", jobId).param("limit", limit).query(Long.class).list();
	}

	void settle(long jobId, Collection<Long> personIds, String outcome) {
		if (personIds.isEmpty()) {
			return;
		}
		int settled = this.jdbc.sql("""
				update tracing_job_person set outcome = :outcome
				where job_id = :job and person_id = any(:persons::bigint[]) and outcome is null
				""")
			.param("outcome", outcome)
			.param("job", jobId)
			.param("persons", personIds.toArray(Long[]::new))
			.update();
		String counter = "CHANGED".equals(outcome) ? "changed" : "unchanged";
		this.jdbc.sql("update tracing_job set " + counter + " = " + counter + " + :n where id = :job")
			.param("n", settled)
			.param("job", jobId)
			.update();
	}

	/** When the statuses of these persons were set by the job (one time per chunk). */
	void recordSetAt(long jobId, Instant setAt, Collection<Long> personIds) {
		this.jdbc.sql("""
				update tracing_job_person set status_set_at = :at
				where job_id = :job and person_id = any(:persons::bigint[])
				""")
			.param("at", utc(setAt))
			.param("job", jobId)
			.param("persons", personIds.toArray(Long[]::new))
			.update();
	}

	/**
	 * Persons whose status the job set, with when (null for jobs before this was kept).
	 */
	List<MarkedPerson> changed(long jobId) {
		return this.jdbc.sql("""
				select person_id, status_set_at from tracing_job_person
				where job_id = :job and outcome = 'CHANGED' and status_set_at is not null
				order by person_id
				""")
			.param("job", jobId)
			.query((rs, n) -> new MarkedPerson(rs.getLong("person_id"),
					rs.getObject("status_set_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	record MarkedPerson(long personId, Instant setAt) {
	}

	/**
	 * Marks a running job finished once none of its persons is pending; true if this call
	 * did.
	 */
	boolean finishIfComplete(long jobId, Instant now) {
		return this.jdbc.sql("""
				update tracing_job set status = 'DONE', finished_at = :now, lease_owner = null, lease_until = null
				where id = :job and status = 'RUNNING'
				  and not exists (select 1 from tracing_job_person where job_id = :job and outcome is null)
				""").param("job", jobId).param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		MarkingJob job = new MarkingJob(rs.getLong("id"), Color.valueOf(rs.getString("color")),
				StatusReason.valueOf(rs.getString("reason")), rs.getString("status"), rs.getInt("total"),
				rs.getInt("changed") + rs.getInt("unchanged"), rs.getInt("changed"), rs.getInt("unchanged"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
		return new Row(job, rs.getString("created_by_role"), rs.getLong("created_by"));
	}

	record Row(MarkingJob job, String role, long accountId) {
	}

}
