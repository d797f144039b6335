package org.healthcode.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TubeRepository {

	private static final String COLUMNS = "id, tube_code, pool_size, site_id, state, samples, opened_at, closed_at";

	private final JdbcClient jdbc;

	TubeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens a tube unless the code is taken; true if opened. */
	boolean insert(String tubeCode, int poolSize, long siteId, long openedBy, Instant now) {
		return this.jdbc.sql("""
				insert into nat_tube (tube_code, pool_size, site_id, state, opened_by, opened_at)
				values (:code, :pool, :site, 'OPEN', :by, :now)
				on conflict (tube_code) do nothing
				""")
			.param("code", tubeCode)
			.param("pool", poolSize)
			.param("site", siteId)
			.param("by", openedBy)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The tube of this site, locked until the transaction ends. */
	Optional<Tube> lockOfSite(String tubeCode, long siteId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from nat_tube where tube_code = :code and site_id = :site for update")
			.param("code", tubeCode)
			.param("site", siteId)
			.query(TubeRepository::map)
			.optional();
	}

	Optional<Tube> ofSite(String tubeCode, long siteId) {
		return this.jdbc.sql("select " + COLUMNS + " from nat_tube where tube_code = :code and site_id = :site")
			.param("code", tubeCode)
			.param("site", siteId)
			.query(TubeRepository::map)
			.optional();
	}

	/** Adds a person at the next position; false if the person is already in the tube. */
	boolean addSample(Tube tube, long personId, long takenBy, Instant now) {
		int added = this.jdbc.sql("""
				insert into nat_sample (tube_id, person_id, position, sampled_at, taken_by)
				values (:tube, :person, :position, :now, :by)
				on conflict (tube_id, person_id) do nothing
				""")
			.param("tube", tube.id())
			.param("person", personId)
			.param("position", tube.samples() + 1)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("by", takenBy)
			.update();
		if (added == 0) {
			return false;
		}
		this.jdbc.sql("update nat_tube set samples = samples + 1 where id = :id").param("id", tube.id()).update();
		return true;
	}

	void close(long tubeId, Instant now) {
		this.jdbc.sql("update nat_tube set state = 'SAMPLED', closed_at = :now where id = :id and state = 'OPEN'")
			.param("id", tubeId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static Tube map(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Tube(rs.getLong("id"), rs.getString("tube_code"), rs.getInt("pool_size"), rs.getLong("site_id"),
				TubeState.valueOf(rs.getString("state")), rs.getInt("samples"),
				rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant());
	}

}
