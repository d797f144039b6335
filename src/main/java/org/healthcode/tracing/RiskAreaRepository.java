package org.healthcode.tracing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RiskAreaRepository {

	private static final String COLUMNS = "id, level, division_code, from_at, to_at, reason, created_by_role, created_by, created_at, job_id, state, withdrawn_at, reverted";

	private static final String AREA_COLUMNS = "a.id, a.level, a.division_code, a.from_at, a.to_at, a.reason, a.created_by_role, a.created_by, a.created_at, a.job_id, a.state, a.withdrawn_at, a.reverted";

	private final JdbcClient jdbc;

	RiskAreaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(RiskLevel level, String divisionCode, Collection<Long> venueIds, Instant from, Instant to,
			String reason, String role, long accountId, Instant now, long jobId) {
		long id = this.jdbc.sql("""
				insert into risk_area (level, division_code, from_at, to_at, reason, created_by_role, created_by,
				                       created_at, job_id, state)
				values (:level, :division, :from, :to, :reason, :role, :account, :now, :job, 'ACTIVE')
				returning id
				""")
			.param("level", level.name())
			.param("division", divisionCode, Types.CHAR)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("reason", reason)
			.param("role", role)
			.param("account", accountId)
			.param("now", utc(now))
			.param("job", jobId)
			.query(Long.class)
			.single();
		if (!venueIds.isEmpty()) {
			this.jdbc.sql(
					"insert into risk_area_venue (risk_area_id, venue_id) select :id, v from unnest(:venues::bigint[]) as v")
				.param("id", id)
				.param("venues", venueIds.toArray(Long[]::new))
				.update();
		}
		return id;
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from risk_area where id = :id")
			.param("id", id)
			.query(RiskAreaRepository::map)
			.optional()
			.map(this::withVenues);
	}

	/** The row locked, for a withdrawal. */
	Optional<Row> lock(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from risk_area where id = :id for update")
			.param("id", id)
			.query(RiskAreaRepository::map)
			.optional()
			.map(this::withVenues);
	}

	List<Row> newest(int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from risk_area order by id desc limit :limit")
			.param("limit", limit)
			.query(RiskAreaRepository::map)
			.list()
			.stream()
			.map(this::withVenues)
			.toList();
	}

	/**
	 * For each arrival (a venue, its division, a time) the active designations whose
	 * period holds the time and that cover the venue, by its id or its division: one
	 * statement for many arrivals. Each row names the arrival by its index in the lists.
	 */
	List<Covering> covering(List<Long> venueIds, List<String> divisionCodes, List<Instant> ats) {
		List<Covering> found = this.jdbc.sql("select " + AREA_COLUMNS + ", e.k - 1 as arrival" + """
				 from unnest(:venues::bigint[], :divisions::text[], :ats::timestamptz[]) with ordinality
				      as e(venue, division, at, k)
				 join risk_area a on a.state = 'ACTIVE' and a.from_at <= e.at and a.to_at > e.at
				  and (a.id in (select risk_area_id from risk_area_venue where venue_id = e.venue)
				       or (a.division_code is not null
				           and e.division like regexp_replace(a.division_code, '(00)+$', '') || '%'))
				order by a.id, e.k
				""")
			.param("venues", venueIds.toArray(Long[]::new))
			.param("divisions", divisionCodes.toArray(String[]::new))
			// as text: the driver sends no array of timestamps
			.param("ats", ats.stream().map(Instant::toString).toArray(String[]::new))
			.query((rs, n) -> new Covering(map(rs, n), rs.getInt("arrival")))
			.list();
		return found.stream().map(one -> new Covering(withVenues(one.area()), one.arrival())).toList();
	}

	/** A designation covering the arrival at this index. */
	record Covering(Row area, int arrival) {
	}

	/**
	 * Remembers a person marked as they checked in; false if the area had them already.
	 */
	boolean addPerson(long areaId, long personId, Instant statusSetAt) {
		return this.jdbc.sql("""
				insert into risk_area_person (risk_area_id, person_id, status_set_at) values (:area, :person, :at)
				on conflict do nothing
				""").param("area", areaId).param("person", personId).param("at", utc(statusSetAt)).update() == 1;
	}

	boolean hasPerson(long areaId, long personId) {
		return this.jdbc.sql("select count(*) from risk_area_person where risk_area_id = :area and person_id = :person")
			.param("area", areaId)
			.param("person", personId)
			.query(Long.class)
			.single() > 0;
	}

	List<MarkingJobRepository.MarkedPerson> livePersons(long areaId) {
		return this.jdbc.sql("""
				select person_id, status_set_at from risk_area_person where risk_area_id = :area order by person_id
				""")
			.param("area", areaId)
			.query((rs, n) -> new MarkingJobRepository.MarkedPerson(rs.getLong("person_id"),
					rs.getObject("status_set_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void withdraw(long id, long accountId, String note, Instant now, int reverted) {
		this.jdbc.sql("""
				update risk_area set state = 'WITHDRAWN', withdrawn_at = :now, withdrawn_by = :account,
				       withdraw_note = :note, reverted = :reverted
				where id = :id
				""")
			.param("id", id)
			.param("now", utc(now))
			.param("account", accountId)
			.param("note", note, Types.VARCHAR)
			.param("reverted", reverted)
			.update();
	}

	/** The row with its venues, read after the row's own query has finished. */
	private Row withVenues(Row row) {
		List<Long> venues = this.jdbc
			.sql("select venue_id from risk_area_venue where risk_area_id = :id order by venue_id")
			.param("id", row.id())
			.query(Long.class)
			.list();
		return new Row(row.id(), row.level(), row.divisionCode(), venues, row.from(), row.to(), row.reason(),
				row.role(), row.accountId(), row.createdAt(), row.jobId(), row.state(), row.withdrawnAt(),
				row.reverted());
	}

	private static Row map(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Long> venues = List.of();
		OffsetDateTime withdrawn = rs.getObject("withdrawn_at", OffsetDateTime.class);
		return new Row(id, RiskLevel.valueOf(rs.getString("level")), rs.getString("division_code"), venues,
				rs.getObject("from_at", OffsetDateTime.class).toInstant(),
				rs.getObject("to_at", OffsetDateTime.class).toInstant(), rs.getString("reason"),
				rs.getString("created_by_role"), rs.getLong("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("job_id"),
				rs.getString("state"), withdrawn == null ? null : withdrawn.toInstant(), rs.getInt("reverted"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Row(long id, RiskLevel level, String divisionCode, List<Long> venueIds, Instant from, Instant to,
			String reason, String role, long accountId, Instant createdAt, long jobId, String state,
			Instant withdrawnAt, int reverted) {
	}

}
