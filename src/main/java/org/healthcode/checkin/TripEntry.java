package org.healthcode.checkin;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * One line of a resident's trip record (行程): where and when, for whom (masked) and the
 * colour shown.
 *
 * @param asCompanion true for an entry the resident made for a companion
 */
public record TripEntry(long id, Instant at, String venueName, String venueAddress, String divisionName,
		String maskedName, boolean asCompanion, Color color) {
}
