package org.healthcode.testing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Results of tubes and the samples they concern, read and written set by set. */
@Repository
class ResultRepository {

	private final JdbcClient jdbc;

	ResultRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tubes with these codes, whatever their site. */
	Map<String, ReportedTube> tubes(Collection<String> codes) {
		Map<String, ReportedTube> tubes = new HashMap<>();
		this.jdbc.sql("""
				select id, tube_code, pool_size, state, result from nat_tube where tube_code = any(:codes::text[])
				""")
			.param("codes", codes.toArray(String[]::new))
			.query((rs, row) -> tubes.put(rs.getString("tube_code"),
					new ReportedTube(rs.getLong("id"), rs.getString("tube_code"), rs.getInt("pool_size"),
							TubeState.valueOf(rs.getString("state")),
							rs.getString("result") == null ? null : NatResult.valueOf(rs.getString("result")))))
			.list();
		return tubes;
	}

	/**
	 * Records results of sampled tubes in one statement; returns the ids of the tubes it
	 * wrote (a tube reported meanwhile by another request is left as it is).
	 */
	Set<Long> report(List<Long> ids, List<NatResult> results, List<Instant> testedAt, long labAccount, Instant now) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.jdbc
			.sql("""
					update nat_tube t set state = 'REPORTED', result = r.result, tested_at = r.tested_at,
					       reported_at = :now, reported_by = :lab
					from unnest(:ids::bigint[], :results::text[], :tested::text[]::timestamptz[]) as r(id, result, tested_at)
					where t.id = r.id and t.state = 'SAMPLED'
					returning t.id
					""")
			.param("ids", ids.toArray(Long[]::new))
			.param("results", results.stream().map(Enum::name).toArray(String[]::new))
			.param("tested", testedAt.stream().map(Instant::toString).toArray(String[]::new))
			.param("lab", labAccount)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.set();
	}

	/** Persons sampled into these tubes, with the tube and the sampling time. */
	List<SampledPerson> samples(Collection<Long> tubeIds) {
		if (tubeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select tube_id, person_id, sampled_at from nat_sample where tube_id = any(:ids::bigint[])")
			.param("ids", tubeIds.toArray(Long[]::new))
			.query((rs, row) -> new SampledPerson(rs.getLong("tube_id"), rs.getLong("person_id"),
					rs.getTimestamp("sampled_at").toInstant()))
			.list();
	}

	/**
	 * When each of these persons was last sampled into a pooled tube that tested
	 * positive.
	 */
	Map<Long, Instant> lastPooledPositive(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				select s.person_id, max(s.sampled_at) as sampled_at
				from nat_sample s join nat_tube t on t.id = s.tube_id
				where s.person_id = any(:persons::bigint[]) and t.pool_size > 1 and t.result = 'POSITIVE'
				group by s.person_id
				""")
			.param("persons", personIds.toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("person_id"), rs.getTimestamp("sampled_at").toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	record ReportedTube(long id, String tubeCode, int poolSize, TubeState state, NatResult result) {
	}

	record SampledPerson(long tubeId, long personId, Instant sampledAt) {
	}

}
