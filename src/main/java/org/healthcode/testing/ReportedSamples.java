package org.healthcode.testing;

import java.util.Collection;
import java.util.List;

import org.healthcode.person.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who was sampled into reported tubes and what their tube showed, read in one query per
 * call, for the modules that tell people their results.
 */
@Service
public class ReportedSamples {

	private final JdbcClient jdbc;

	ReportedSamples(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The samples of these tubes that have a result; tubes not reported are left out. */
	public List<ReportedSample> of(Collection<Long> tubeIds) {
		if (tubeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select s.person_id, t.result, t.pool_size, s.sampled_at
				from nat_sample s join nat_tube t on t.id = s.tube_id
				where s.tube_id = any(:ids::bigint[]) and t.result is not null
				order by s.tube_id, s.position
				""")
			.param("ids", tubeIds.stream().distinct().toArray(Long[]::new))
			.query((rs, row) -> new ReportedSample(new PersonId(rs.getLong("person_id")),
					NatResult.valueOf(rs.getString("result")), rs.getInt("pool_size") > 1,
					rs.getTimestamp("sampled_at").toInstant()))
			.list();
	}

}
