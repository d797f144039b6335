package org.healthcode.venue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code venue_staff} table. */
@Repository
class VenueStaffRepository {

	private final JdbcClient jdbc;

	VenueStaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds a guard; false when they already staff the venue. */
	boolean add(long venueId, long accountId, Instant at, long managerAccountId) {
		return this.jdbc.sql("""
				insert into venue_staff (venue_id, account_id, added_at, added_by)
				values (:venue, :account, :at, :by)
				on conflict do nothing
				""")
			.param("venue", venueId)
			.param("account", accountId)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", managerAccountId)
			.update() == 1;
	}

	boolean remove(long venueId, long accountId) {
		return this.jdbc.sql("delete from venue_staff where venue_id = :venue and account_id = :account")
			.param("venue", venueId)
			.param("account", accountId)
			.update() == 1;
	}

	List<Member> ofVenue(long venueId) {
		return this.jdbc
			.sql("select account_id, added_at from venue_staff where venue_id = :venue order by added_at, account_id")
			.param("venue", venueId)
			.query((rs, row) -> new Member(rs.getLong("account_id"),
					rs.getObject("added_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	List<Long> venuesOf(long accountId) {
		return this.jdbc.sql("select venue_id from venue_staff where account_id = :account order by venue_id")
			.param("account", accountId)
			.query(Long.class)
			.list();
	}

	boolean isStaff(long accountId, long venueId) {
		return this.jdbc.sql("select count(*) from venue_staff where venue_id = :venue and account_id = :account")
			.param("venue", venueId)
			.param("account", accountId)
			.query(Long.class)
			.single() > 0;
	}

	record Member(long accountId, Instant addedAt) {
	}

}
