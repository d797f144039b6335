package org.healthcode.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EntranceRepository {

	private final JdbcClient jdbc;

	EntranceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Row insert(long venueId, String name, Instant now) {
		long id = this.jdbc.sql("""
				insert into venue_entrance (venue_id, name, created_at) values (:venue, :name, :now) returning id
				""")
			.param("venue", venueId)
			.param("name", name)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		return new Row(id, venueId, name, now);
	}

	List<Row> ofVenue(long venueId) {
		return this.jdbc
			.sql("select id, venue_id, name, created_at from venue_entrance where venue_id = :venue order by id")
			.param("venue", venueId)
			.query(EntranceRepository::map)
			.list();
	}

	Optional<Row> find(long venueId, long id) {
		return this.jdbc
			.sql("select id, venue_id, name, created_at from venue_entrance where venue_id = :venue and id = :id")
			.param("venue", venueId)
			.param("id", id)
			.query(EntranceRepository::map)
			.optional();
	}

	int count(long venueId) {
		return this.jdbc.sql("select count(*) from venue_entrance where venue_id = :venue")
			.param("venue", venueId)
			.query(Integer.class)
			.single();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("name"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	record Row(long id, long venueId, String name, Instant createdAt) {
	}

}
