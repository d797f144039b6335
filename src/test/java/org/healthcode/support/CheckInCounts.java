package org.healthcode.support;

import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a scan left behind: the entries stored for a venue, read straight from the
 * database.
 */
public final class CheckInCounts {

	private CheckInCounts() {
	}

	/** Entries stored at the venue (JSON as the venue API returns it). */
	public static int at(JdbcClient jdbc, JsonNode venue) {
		return jdbc.sql("select count(*) from checkin where venue_id = :venue")
			.param("venue", venue.get("id").asLong())
			.query(Integer.class)
			.single();
	}

}
